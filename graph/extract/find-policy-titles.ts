import type { QuotedSpan } from './find-quoted-spans.js';
import type { NameCandidate } from './name-candidate.js';

/**
 * Titles in 《…》: cited documents.
 * '落实《厦门经济特区促进科技创新若干规定》' → { name: '厦门经济特区促进科技创新若干规定', type: 'Policy' }
 * File names (《方案.docx》) and page counts are not citations.
 */
export function findPolicyTitles(text: string, quotes: QuotedSpan[]): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const span of quotes) {
    if (span.mark !== '《') continue;
    const title = text.slice(span.start, span.end).trim();
    if (title.length < 2 || /\.(docx?|pdf|xlsx?|wps|txt)|\d+页/i.test(title)) continue;
    found.push({
      start: span.start - 1,
      end: span.end + 1,
      name: title,
      type: 'Policy',
      rule: 'entity.title',
      quoted: true,
    });
  }
  return found;
}
