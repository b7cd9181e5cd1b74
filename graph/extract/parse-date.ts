import { parseHeadingNumber } from './parse-heading-number.js';

/** Chinese numerals a month or day is written with: 三, 十二, 二十一. */
const CN_SMALL = '[一二三四五六七八九十]{1,3}';

/**
 * A written date → ISO yyyy-mm-dd, or null. '2023年3月5日' → '2023-03-05';
 * '2023-03-12 17:04' → '2023-03-12'; '2023/3/5' and '2023.3.5' too. Dates written in Chinese
 * numerals, as signatures often are, are read as well: '二〇二四年三月八日' → '2024-03-08'.
 * Impossible months or days give null.
 */
export function parseDate(text: string): string | null {
  const m =
    /(\d{4}|[〇零一二三四五六七八九]{4})\s?[年\-/.]\s?(\d{1,2})\s?[月\-/.]\s?(\d{1,2})/.exec(
      text,
    ) ??
    new RegExp(
      `([〇零一二三四五六七八九]{4}|\\d{4})年(${CN_SMALL}|\\d{1,2})月(${CN_SMALL}|\\d{1,2})日`,
    ).exec(text);
  if (!m) return null;
  const year = toYear(m[1] ?? '');
  const month = toSmall(m[2] ?? '');
  const day = toSmall(m[3] ?? '');
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const YEAR_DIGITS = '〇一二三四五六七八九';

function toYear(text: string): number {
  if (/^\d{4}$/.test(text)) return Number(text);
  return Number(
    Array.from(text, (ch) => (ch === '零' ? '0' : String(YEAR_DIGITS.indexOf(ch)))).join(''),
  );
}

/** '08' → 8; '十二' → 12; anything else → 0 (rejected as impossible). */
function toSmall(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (parseHeadingNumber(text) ?? 0);
}
