import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { createTableConverter } from '../../graph/extract/create-table-converter.js';
import {
  toOpenccConfig,
  toSimplified,
  toSimplifiedKeepingLength,
} from '../../graph/extract/to-simplified.js';

// The table converter must give opencc's own result on any text, so it is checked against
// opencc-js itself: on text built from the dictionaries' keys (phrases, their prefixes,
// Hong Kong variants, compatibility ideographs, characters that map outside the Basic
// Multilingual Plane) and on any string at all.
const opencc = OpenCC as unknown as {
  Converter: (options: { from: string; to: string }) => (text: string) => string;
};
const reference = opencc.Converter({ from: 'hk', to: 'cn' });
const config = toOpenccConfig();
const keys = [...config.normalization, config.segmentation ?? [], ...config.conversion]
  .flat()
  .flatMap((dict) => (typeof dict === 'string' ? dict.split('|') : dict.map((e) => e.join(' '))))
  .map((entry) => entry.split(' ')[0] ?? '')
  .filter((key) => key !== '');

const dictionaryText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...keys),
      fc.constantFrom(...keys).map((key) => key.slice(0, -1)),
      fc.constantFrom('创新', '平台', '\n', ' ', '。', '⿰', '𠀋'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('createTableConverter', () => {
  const convert = createTableConverter(config);

  it('gives opencc-js its own result on text made of dictionary keys', () => {
    fc.assert(
      fc.property(dictionaryText, (text) => {
        expect(convert(text) ?? reference(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives opencc-js its own result on every single unit', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      const text = String.fromCharCode(code);
      if ((convert(text) ?? reference(text)) !== reference(text)) differing.push(text);
    }
    expect(differing).toEqual([]);
  });

  it('gives opencc-js its own result on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(convert(text) ?? reference(text)).toBe(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('prefers the longest key, keeps matches inside segments and leaves IDS to opencc', () => {
    const small = createTableConverter({
      normalization: [],
      segmentation: ['灣區 灣區'],
      conversion: [['臺 台|灣 湾|臺灣 台湾|台灣 X'], ['湾 W']],
    });
    expect(small('臺灣 台灣')).toBe('台W X');
    // 臺|灣區: the segment cut before 灣 keeps 臺灣 from matching.
    expect(small('臺灣區')).toBe('台W區');
    expect(small('⿰臺灣')).toBeNull();
  });
});

describe('toSimplified', () => {
  it('converts traditional text and returns simplified text as it is', () => {
    expect(toSimplified('科技創新平臺')).toBe('科技创新平台');
    const simplified = '科技创新平台';
    expect(toSimplified(simplified)).toBe(simplified);
  });

  it('keeps each line at its length when converting line by line', () => {
    const text = '臺灣\n二噁英研究\n创新';
    const converted = toSimplifiedKeepingLength(text);
    expect(converted.split('\n').map((line) => line.length)).toEqual([2, 5, 2]);
    expect(converted.startsWith('台湾\n')).toBe(true);
  });
});
