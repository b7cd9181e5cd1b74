import type { ChildNode, Element } from 'domhandler';
import { isTag } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/** Labels Word's automatic list numbering gives paragraphs, which word/document.xml lacks. */
export interface DocxNumbering {
  /** The label of the next paragraph (一、 / （一） / 1.) and the text after it, or null. */
  labelFor(paragraph: Element): string | null;
}

interface Level {
  start: number;
  format: string;
  /** Word's pattern: '%1、', '（%2）', '%1.%2'. */
  text: string;
  suffix: string;
}

/**
 * Reads word/numbering.xml and word/styles.xml so that auto-numbered headings keep their numbers:
 * a policy document whose 一、/（一）/1. come from Word's list numbering would otherwise lose the
 * very numbers its tasks are known by. Counters run in document order, as Word counts them.
 */
export function createDocxNumbering(
  numberingXml: string | null,
  stylesXml: string | null,
): DocxNumbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  const styleNumbering = new Map<string, { numId: string | null; level: number | null }>();
  const basedOn = new Map<string, string>();

  if (numberingXml) {
    const root = parseDocument(numberingXml, { xmlMode: true });
    for (const abstract of children(root.children, 'w:numbering', 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of childElements(abstract, 'w:lvl')) {
        levels.set(toInt(lvl.attribs['w:ilvl'], 0), {
          start: toInt(val(lvl, 'w:start'), 1),
          format: val(lvl, 'w:numFmt') ?? 'decimal',
          text: val(lvl, 'w:lvlText') ?? '',
          suffix: val(lvl, 'w:suff') ?? 'tab',
        });
      }
      abstracts.set(abstract.attribs['w:abstractNumId'] ?? '', levels);
    }
    for (const num of children(root.children, 'w:numbering', 'w:num')) {
      const overrides = new Map<number, number>();
      for (const override of childElements(num, 'w:lvlOverride')) {
        const start = val(override, 'w:startOverride');
        if (start !== null) overrides.set(toInt(override.attribs['w:ilvl'], 0), toInt(start, 1));
      }
      nums.set(num.attribs['w:numId'] ?? '', {
        abstractId: val(num, 'w:abstractNumId') ?? '',
        overrides,
      });
    }
  }
  if (stylesXml) {
    const root = parseDocument(stylesXml, { xmlMode: true });
    for (const style of children(root.children, 'w:styles', 'w:style')) {
      const id = style.attribs['w:styleId'] ?? '';
      const parent = val(style, 'w:basedOn');
      if (parent !== null) basedOn.set(id, parent);
      const numPr = childElements(style, 'w:pPr').flatMap((pPr) =>
        childElements(pPr, 'w:numPr'),
      )[0];
      if (numPr) {
        const level = val(numPr, 'w:ilvl');
        styleNumbering.set(id, {
          numId: val(numPr, 'w:numId'),
          level: level === null ? null : toInt(level, 0),
        });
      }
    }
  }

  // Counters per list: lists sharing an abstract definition continue one another unless restarted.
  const counters = new Map<string, number[]>();

  const resolve = (paragraph: Element): { numId: string; level: number } | null => {
    const pPr = childElements(paragraph, 'w:pPr')[0];
    const numPr = pPr && childElements(pPr, 'w:numPr')[0];
    let numId = numPr ? val(numPr, 'w:numId') : null;
    let level = numPr ? toInt(val(numPr, 'w:ilvl'), 0) : null;
    // A heading style can carry the numbering: 标题 1 → 一、. Follow basedOn, at most 10 steps.
    let style = pPr ? val(pPr, 'w:pStyle') : null;
    for (
      let steps = 0;
      style !== null && steps < 10 && (numId === null || level === null);
      steps++
    ) {
      const fromStyle = styleNumbering.get(style);
      numId ??= fromStyle?.numId ?? null;
      level ??= fromStyle?.level ?? null;
      style = basedOn.get(style) ?? null;
    }
    return numId === null || numId === '0' ? null : { numId, level: level ?? 0 };
  };

  return {
    labelFor(paragraph) {
      const found = resolve(paragraph);
      const num = found && nums.get(found.numId);
      const levels = num && abstracts.get(num.abstractId);
      if (!found || !num || !levels) return null;
      const key = num.overrides.size > 0 ? `num:${found.numId}` : `abstract:${num.abstractId}`;
      const counts = counters.get(key) ?? [];
      counters.set(key, counts);
      const startOf = (level: number) => num.overrides.get(level) ?? levels.get(level)?.start ?? 1;
      counts[found.level] = (counts[found.level] ?? startOf(found.level) - 1) + 1;
      counts.length = found.level + 1; // a higher level restarts the levels below it
      const level = levels.get(found.level);
      if (!level || level.format === 'bullet' || level.format === 'none') return null;
      const label = level.text.replace(/%(\d)/g, (_, digit: string) => {
        const at = Number(digit) - 1;
        return formatNumber(counts[at] ?? startOf(at), levels.get(at)?.format ?? 'decimal');
      });
      if (label === '') return null;
      // Word puts a tab after the label; Chinese text runs on without one: "一、总体要求".
      const spaced = level.suffix !== 'nothing' && /[\w.]$/.test(label);
      return spaced ? `${label} ` : label;
    },
  };
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';

/** 12 in Word's number format: chineseCounting → 十二, decimalEnclosedCircle → ⑫, lowerLetter → l. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'ideographDigital':
      return toChineseNumeral(value);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[value - 1] ?? String(value);
    case 'decimalEnclosedParen':
      return `(${value})`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(value).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'ideographTraditional':
      return HEAVENLY_STEMS[value - 1] ?? String(value);
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = String.fromCharCode(97 + ((value - 1) % 26)).repeat(Math.ceil(value / 26));
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      const roman = toRoman(value);
      return format === 'lowerRoman' ? roman.toLowerCase() : roman;
    }
    default:
      return String(value);
  }
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; beyond 99 in digits. */
function toChineseNumeral(value: number): string {
  if (value < 0 || value > 99) return String(value);
  if (value < 10) return CHINESE_DIGITS[value] ?? String(value);
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones === 0 ? '' : CHINESE_DIGITS[ones]}`;
}

function toRoman(value: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let roman = '';
  for (const [size, letters] of table) {
    for (; rest >= size; rest -= size) roman += letters;
  }
  return roman;
}

function children(nodes: readonly ChildNode[], parent: string, name: string): Element[] {
  const root = nodes.find((node): node is Element => isTag(node) && node.name === parent);
  return root ? childElements(root, name) : [];
}

function childElements(parent: Element, name: string): Element[] {
  return parent.children.filter((node): node is Element => isTag(node) && node.name === name);
}

/** The w:val of the first child element named `name`. */
function val(parent: Element, name: string): string | null {
  return childElements(parent, name)[0]?.attribs['w:val'] ?? null;
}

function toInt(value: string | null | undefined, fallback: number): number {
  const number = Number.parseInt(value ?? '', 10);
  return Number.isFinite(number) ? number : fallback;
}
