import * as OpenCC from 'opencc-js';
import {
  createTableConverter,
  toEntries,
  type ConversionConfig,
  type DictLike,
  type TableConvert,
} from './create-table-converter.js';

type ConvertText = (text: string) => string;
type DictGroup = readonly DictLike[];
interface OpenCCModule {
  Converter: (options: { from: string; to: string }) => ConvertText;
  Locale: {
    configs: Record<
      string,
      {
        normalizationChain?: readonly DictGroup[];
        segmentation?: DictLike | DictGroup;
        conversionChain: readonly DictGroup[];
      }
    >;
  };
}

// opencc-js ships .d.ts files whose extensionless relative imports do not resolve under
// NodeNext, so its types arrive as errors; this is the one place that pins them down.
const opencc = OpenCC as unknown as OpenCCModule;
const FROM = 'hk';
const TO = 'cn';
/** The config opencc-js's Converter picks for hk → cn. */
const CONFIG = 'hk2s';

/** Built on first need: the dictionaries' tables cost tens of milliseconds. */
let fast: TableConvert | null = null;
/** opencc itself, for the rare text the table converter leaves to it. */
let reference: ConvertText | null = null;
/** 1 for every UTF-16 unit that some dictionary entry changes; built on first call. */
let changeable: Uint8Array | null = null;

/**
 * Traditional (Hong Kong, Taiwan or generic) → mainland simplified characters, as opencc's
 * hk → cn conversion. Text with no character any dictionary entry changes is returned as is,
 * without running the converter: most documents are simplified already.
 * '創新平臺' → '创新平台'; '创新平台' → '创新平台' (no conversion run)
 */
export function toSimplified(text: string): string {
  return needsConversion(text, 0, text.length) ? convert(text) : text;
}

/**
 * toSimplified line by line, each line kept at its length (a line whose conversion would change
 * its length is converted one unit at a time), so offsets into the text still hold. The lines
 * that need it are converted in one call: no dictionary entry spans a line break, so that is
 * the same as converting them one by one.
 */
export function toSimplifiedKeepingLength(text: string): string {
  const lines = text.split('\n');
  const pending: number[] = [];
  let start = 0;
  lines.forEach((line, i) => {
    if (needsConversion(text, start, start + line.length)) pending.push(i);
    start += line.length + 1;
  });
  if (pending.length === 0) return text;
  const converted = convert(pending.map((i) => lines[i] ?? '').join('\n')).split('\n');
  if (converted.length !== pending.length) {
    // Cannot happen with opencc's dictionaries; convert line by line if it ever does.
    for (const i of pending) lines[i] = keepLength(lines[i] ?? '', convert(lines[i] ?? ''));
    return lines.join('\n');
  }
  pending.forEach((lineIndex, k) => {
    const line = lines[lineIndex] ?? '';
    lines[lineIndex] = keepLength(line, converted[k] ?? line);
  });
  return lines.join('\n');
}

/** The converted line if it kept its length, else the line converted one unit at a time. */
function keepLength(line: string, converted: string): string {
  if (converted.length === line.length) return converted;
  const parts: string[] = [];
  for (const ch of line) {
    let one = singles.get(ch);
    if (one === undefined) {
      const converted = convert(ch);
      one = converted.length === ch.length ? converted : ch;
      singles.set(ch, one);
    }
    parts.push(one);
  }
  return parts.join('');
}

/**
 * Characters converted one at a time, each at most once per process: a long line with a
 * character that converts outside the Basic Multilingual Plane would otherwise run the
 * converter once per character. Bounded by the number of distinct characters.
 */
const singles = new Map<string, string>();

/** The table converter's result, which is opencc's, or opencc's own where it declines. */
function convert(text: string): string {
  fast ??= createTableConverter(toOpenccConfig());
  const converted = fast(text);
  if (converted !== null) return converted;
  reference ??= opencc.Converter({ from: FROM, to: TO });
  return reference(text);
}

/**
 * opencc's hk → cn steps: compatibility ideographs normalised, the text cut at its phrases,
 * then Hong Kong variants back to traditional and traditional to simplified, segment by segment.
 */
export function toOpenccConfig(): ConversionConfig {
  const config = opencc.Locale.configs[CONFIG];
  if (!config) throw new Error(`opencc-js has no ${CONFIG} config`);
  const { segmentation } = config;
  return {
    normalization: config.normalizationChain ?? [],
    // opencc reads a list of string dictionaries as a group, anything else as one dictionary.
    segmentation:
      segmentation === undefined
        ? null
        : Array.isArray(segmentation) && segmentation.every((d) => typeof d === 'string')
          ? segmentation
          : [segmentation as DictLike],
    conversion: config.conversionChain,
  };
}

/**
 * Whether text[from, to) holds a unit some entry changes. A dictionary entry can change the
 * text only where the text holds one of the units it changes, so text without any is its own
 * conversion (exact, not a guess). Surrogates and ideographic description characters
 * (U+2FF0–U+2FFF, which opencc steps over as a unit) always count.
 */
function needsConversion(text: string, from: number, to: number): boolean {
  changeable ??= toChangeableUnits();
  for (let i = from; i < to; i += 1) if (changeable[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** Every unit that an entry of the hk → cn dictionaries changes (segmentation changes none): '臺' (臺 → 台), '乾' (乾燥 → 干燥). */
function toChangeableUnits(): Uint8Array {
  const table = new Uint8Array(0x10000);
  table.fill(1, 0xd800, 0xe000);
  table.fill(1, 0x2ff0, 0x3000);
  const { normalization, conversion } = toOpenccConfig();
  for (const dict of [...normalization, ...conversion].flat()) {
    for (const [key, value] of toEntries(dict)) {
      if (key === value) continue;
      for (let i = 0; i < key.length; i += 1) {
        // Same length: only the units that differ can change anything; else all of them.
        if (key.length !== value.length || key.charCodeAt(i) !== value.charCodeAt(i))
          table[key.charCodeAt(i)] = 1;
      }
    }
  }
  return table;
}
