import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../graph/extract/find-numbers.js';
import { parseChineseNumber, parseQuantity } from '../../graph/extract/parse-chinese-number.js';

describe('parseChineseNumber', () => {
  it('reads Arabic digits with decimals and thousands separators', () => {
    expect(parseChineseNumber('2.5')).toBe(2.5);
    expect(parseChineseNumber('1,000')).toBe(1000);
    expect(parseChineseNumber('173.58')).toBe(173.58);
  });

  it('reads Chinese numerals with their multipliers', () => {
    expect(parseChineseNumber('一千')).toBe(1000);
    expect(parseChineseNumber('五百')).toBe(500);
    expect(parseChineseNumber('两')).toBe(2);
    expect(parseChineseNumber('十二')).toBe(12);
    expect(parseChineseNumber('一百五十')).toBe(150);
    expect(parseChineseNumber('三千零五')).toBe(3005);
    expect(parseChineseNumber('两万三千')).toBe(23000);
  });

  it('scales a trailing 万 or 亿 when the number stands alone', () => {
    expect(parseChineseNumber('2.5万')).toBe(25000);
    expect(parseChineseNumber('3亿')).toBe(3e8);
  });

  it('returns null for what is not a number', () => {
    expect(parseChineseNumber('')).toBeNull();
    expect(parseChineseNumber('若干')).toBeNull();
    expect(parseChineseNumber('12a')).toBeNull();
  });
});

describe('parseQuantity', () => {
  it('keeps 万 and 亿 in the unit', () => {
    expect(parseQuantity('2.5万人')).toEqual({ value: 2.5, unit: '万人' });
    expect(parseQuantity('150亿元')).toEqual({ value: 150, unit: '亿元' });
    expect(parseQuantity('三万人')).toEqual({ value: 3, unit: '万人' });
  });

  it('reads Chinese counts with their unit', () => {
    expect(parseQuantity('五百家')).toEqual({ value: 500, unit: '家' });
    expect(parseQuantity('30%')).toEqual({ value: 30, unit: '%' });
  });

  it('returns null without a unit', () => {
    expect(parseQuantity('500')).toBeNull();
  });
});

describe('findNumbers', () => {
  it('finds digits and counting numerals in one pass', () => {
    const found = findNumbers('新增25家,培育一百五十名人才');
    expect(found.map((n) => [n.value, n.chinese])).toEqual([
      [25, false],
      [150, true],
    ]);
  });

  it('leaves idiomatic single numerals alone', () => {
    expect(findNumbers('建设一批平台,打造三大基地,确立四个一')).toEqual([]);
  });

  it('skips digits glued to Latin letters', () => {
    expect(findNumbers('PM2.5治理').map((n) => n.value)).toEqual([]);
  });

  it('keeps offsets on the digits', () => {
    const text = '达到1,000.5万元';
    const [number] = findNumbers(text);
    expect(text.slice(number?.start, number?.end)).toBe('1,000.5');
  });
});
