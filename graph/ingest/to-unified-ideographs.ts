/**
 * Radical code points that stand for whole characters, from CJK Radicals Supplement (U+2E80–U+2EFF)
 * where Unicode gives no normalisation: ⻅ C-SIMPLIFIED SEE → 见. Component-only forms (⻈ 讠,
 * ⻐ 钅) are left alone: they are never a character of their own in running text.
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2ea0': '民',
  '\u2ec4': '西',
  '\u2ec5': '见',
  '\u2ec6': '角',
  '\u2ec9': '贝',
  '\u2ecb': '车',
  '\u2ed3': '长',
  '\u2ed4': '门',
  '\u2ed8': '青',
  '\u2ed9': '韦',
  '\u2eda': '页',
  '\u2edb': '风',
  '\u2edc': '飞',
  '\u2edd': '食',
  '\u2ee2': '马',
  '\u2ee3': '骨',
  '\u2ee4': '鬼',
  '\u2ee5': '鱼',
  '\u2ee6': '鸟',
  '\u2ee7': '卤',
  '\u2ee8': '麦',
  '\u2ee9': '黄',
  '\u2eea': '黾',
  '\u2eec': '齐',
  '\u2eee': '齿',
  '\u2ef0': '龙',
};

const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;

/**
 * Radical code points → the ideographs they stand for. Many PDF fonts (Noto/Source Han among
 * them) map the glyphs of 一 力 高 见 to Kangxi radicals in their ToUnicode tables, so the text
 * layer reads 进⼀步 with U+2F00 for 一; no search or extraction rule would match that.
 * Kangxi radicals (U+2F00–U+2FDF) have NFKC mappings; the supplement's whole-character forms use
 * the table above. 进⼀步提升能⼒ → 进一步提升能力.
 */
export function toUnifiedIdeographs(text: string): string {
  return text.replace(RADICAL, (char) => SUPPLEMENT[char] ?? char.normalize('NFKC'));
}
