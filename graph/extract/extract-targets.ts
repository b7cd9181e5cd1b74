import type { DocumentMeta, Section, Target, Task } from '../model/extraction.js';
import type { TargetKind } from '../model/vocabulary.js';
import { classifyHeading, type ScopeKind } from './classify-heading.js';
import { dedupeTargets } from './dedupe-targets.js';
import { findHeadingMarks } from './find-heading-marks.js';
import { findNumbers, type NumberMatch } from './find-numbers.js';
import { findQuotedSpans, toQuoteMask } from './find-quoted-spans.js';
import { findRankings } from './find-rankings.js';
import { findScopeMarks } from './find-scope-marks.js';
import type { NormalisedText } from './normalised-text.js';
import { parseTarget, type TargetReading } from './parse-target.js';
import { findOwningTask, findSectionTitle } from './find-owning-task.js';
import { toEvidence } from './to-evidence.js';

export interface TargetContext {
  document: DocumentMeta;
  sections: Section[];
  tasks: Task[];
}

/** A heading's scope with what it says about the figures under it. */
interface Scope {
  start: number;
  end: number;
  kind: ScopeKind | null;
  year: number | null;
}

// Reported, not aimed at: 截至目前已组建…, 近年来…, 同比增长…
const ACTUAL_SENTENCE =
  /截至|截止|已(?:经)?(?:组建|建成|落地|有|累计|实现|完成|形成|入驻|培育|引进|覆盖|获批)|全年共|同比|较上年|比上年|预计/;
const ACTUAL_PARAGRAPH = /近年来|截至目前|截止目前|以来,|去年/;
// Conditions an applicant must meet (申请企业应当…研发投入不低于50万元) are rules, not figures.
// 应当符合下列条件: the enumerated lines after it are conditions too.
const CONDITIONS_OPEN = /(?:下列|以下|如下)条件|条件如下|符合下列|具备下列/;
const ENUMERATED =
  /^\s*(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[.、])/;
const ELIGIBILITY =
  /应当|应具备|须具备|需具备|不得|申请(?:企业|单位|人|者)|符合以下|具备以下|条件为/;
// Aimed at: 力争…, 确保…, 争取…
const PLAN_SENTENCE = /力争|确保|争取|预期/;

/**
 * Quantitative goals and reported figures with metric, value, unit, comparator, due year, kind
 * and the task or section they belong to.
 * '到2025年,高新技术企业数达到500家以上' → { metric: '高新技术企业数', value: 500, unit: '家',
 *   comparator: '>=', year: 2025, kind: 'target' }
 */
export function extractTargets(text: NormalisedText, context: TargetContext): Target[] {
  const clean = text.clean;
  const numbers = findNumbers(clean);
  const quoteMask = toQuoteMask(clean, findQuotedSpans(clean));
  const scopes: Scope[] = findHeadingMarks(clean).map((mark) => ({
    start: mark.start,
    end: mark.end,
    ...classifyHeading(mark.lead),
  }));
  const reportYear = toReportYear(context.document.title);
  const planYear = toPlanYear(context.document.title);
  const documentYear = toDocumentYear(context.document);
  const reportDocument = isReportDocument(context.document);

  const drafts: TargetDraft[] = [];
  const open: Scope[] = [];
  let scopeIndex = 0;
  let numberIndex = 0;
  let sentenceStart = 0;
  let paragraphStart = 0;
  let paragraphActual = false;
  let inConditions = false;
  while (sentenceStart < clean.length) {
    const sentenceEnd = findSentenceEnd(clean, sentenceStart);
    if (
      sentenceStart === paragraphStart &&
      !ENUMERATED.test(clean.slice(sentenceStart, sentenceEnd))
    ) {
      inConditions = false;
    }
    if (sentenceStart === paragraphStart) {
      paragraphActual = ACTUAL_PARAGRAPH.test(
        clean.slice(paragraphStart, findLineEnd(clean, paragraphStart)),
      );
    }
    while (open.length > 0 && (open[open.length - 1]?.end ?? 0) <= sentenceStart) open.pop();
    while (scopeIndex < scopes.length && (scopes[scopeIndex]?.start ?? Infinity) < sentenceEnd) {
      const scope = scopes[scopeIndex];
      if (scope) {
        while (open.length > 0 && (open[open.length - 1]?.end ?? 0) <= scope.start) open.pop();
        open.push(scope);
      }
      scopeIndex += 1;
    }
    const marks = findScopeMarks(clean, sentenceStart, sentenceEnd, quoteMask, documentYear);
    const goal = open.findLast((s) => s.kind === 'goal');
    const toYear = marks.find((m) => m.dueYear);
    if (goal && goal.year === null && toYear) goal.year = toYear.year;

    const sentenceNumbers: NumberMatch[] = [];
    while (
      numberIndex < numbers.length &&
      (numbers[numberIndex]?.start ?? Infinity) < sentenceEnd
    ) {
      const number = numbers[numberIndex];
      if (number && number.start >= sentenceStart) sentenceNumbers.push(number);
      numberIndex += 1;
    }
    const sentence = clean.slice(sentenceStart, sentenceEnd);
    const readings: TargetReading[] = [];
    if (!inConditions && !ELIGIBILITY.test(sentence)) {
      readings.push(...readSentence(clean, sentenceStart, sentenceNumbers, quoteMask));
      readings.push(...findRankings(clean, sentenceStart, sentenceEnd));
      readings.sort((a, b) => a.at - b.at);
      borrowMetrics(readings);
    }
    if (CONDITIONS_OPEN.test(sentence)) inConditions = true;

    const planned = PLAN_SENTENCE.test(sentence);
    const reported = ACTUAL_SENTENCE.test(sentence) || paragraphActual;
    const scope = open.findLast((s) => s.kind !== null);
    let markIndex = -1;
    for (const reading of readings) {
      while ((marks[markIndex + 1]?.at ?? Infinity) < reading.at) markIndex += 1;
      const mark = marks[markIndex];
      const recurring = mark?.year === null && mark.recurring;
      let kind: TargetKind = 'target';
      if (!recurring && !planned && !mark?.dueYear) {
        if (reported || scope?.kind === 'report' || (scope === undefined && reportDocument)) {
          kind = 'actual';
        }
      }
      let year: number | null = null;
      if (!recurring) {
        year = mark?.year ?? scope?.year ?? null;
        if (year === null && kind === 'actual' && !paragraphActual) year = reportYear;
        if (year === null && kind === 'target') year = planYear;
      }
      const metric =
        recurring && !reading.metric.startsWith('每年')
          ? `每年${reading.metric.replace('每年', '')}`
          : reading.metric;
      drafts.push({
        metric,
        value: reading.value,
        unit: reading.unit,
        year,
        recurring,
        comparator: reading.comparator,
        kind,
        start: reading.start,
        end: reading.end,
      });
    }
    if (clean[sentenceEnd - 1] === '\n' || sentenceEnd >= clean.length)
      paragraphStart = sentenceEnd;
    sentenceStart = sentenceEnd;
  }
  // Evidence is cut only for the targets kept: a figure repeated a thousand times costs one.
  return dedupeTargets(drafts).map(({ start, end, ...draft }, index): Target => {
    const evidence = toEvidence(text, start, end, 'exact', `target.${draft.kind}`);
    const task = findOwningTask(context.tasks, evidence.start);
    return {
      key: `g${index + 1}`,
      ...draft,
      taskKey: task?.key ?? null,
      section: task?.section ?? findSectionTitle(context.sections, evidence.start),
      evidence,
    };
  });
}

/** A target before its evidence is cut: clean offsets of the clause part it was read from. */
type TargetDraft = Omit<Target, 'key' | 'taskKey' | 'section' | 'evidence'> & {
  start: number;
  end: number;
};

/** The targets of one sentence, each metric read from its clause (or from after the previous figure). */
function readSentence(
  clean: string,
  sentenceStart: number,
  numbers: NumberMatch[],
  quoteMask: Uint8Array,
): TargetReading[] {
  const readings: TargetReading[] = [];
  let previousEnd = sentenceStart;
  for (let n = 0; n < numbers.length; n += 1) {
    const number = numbers[n];
    if (!number || number.start < previousEnd) continue;
    if (quoteMask[number.start] === 1) continue;
    let clauseStart = number.start;
    while (clauseStart > previousEnd && !/[,;:。!?\n]/.test(clean[clauseStart - 1] ?? '')) {
      clauseStart -= 1;
    }
    const reading = parseTarget(clean, clauseStart, number, numbers[n + 1]);
    if (!reading || reading.value === 0) continue;
    readings.push(reading);
    previousEnd = reading.end;
  }
  return readings;
}

/** 占全省78% / 同比增长15% / 年均增长15% / 跃升至第80位 measure the figure before them: borrow its metric. */
function borrowMetrics(readings: TargetReading[]): void {
  for (let i = 1; i < readings.length; i += 1) {
    const reading = readings[i];
    const previous = readings[i - 1];
    if (!reading || !previous) continue;
    if (reading.metric.length < 3 || /^(占|同比|比上年|较上年|分别|年均)/.test(reading.metric)) {
      reading.metric = `${previous.metric}${reading.metric}`;
    }
  }
}

/** End of the sentence starting at `from` (after its 。!?; or line break). */
function findSentenceEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    i += 1;
    if (ch === '。' || ch === '!' || ch === '?' || ch === '\n') break;
  }
  return i;
}

function findLineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/** The year a work summary reports on: '…2023年工作总结…' → 2023. */
function toReportYear(title: string | null): number | null {
  const match = /((?:19|20)\d\d)年[^0-9]{0,12}(?:总结|报告|情况)/.exec(title ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * The year a one-year plan is for, from its title: '2024年全省科技工作要点' → 2024,
 * '…2023年工作总结和2024年工作重点' → 2024. A plan period (2024—2026年) is no plan year.
 */
function toPlanYear(title: string | null): number | null {
  const match =
    /(?<![\d\-—~至])((?:19|20)\d\d)年[^\d年]{0,12}?(?:工作要点|工作计划|工作重点|工作思路|工作安排|重点工作)/.exec(
      title ?? '',
    );
  return match ? Number(match[1]) : null;
}

/** The document's own year, which 今年 refers to: from its date or publication date. */
function toDocumentYear(document: DocumentMeta): number | null {
  const date = document.date ?? document.publishedDate;
  return date ? Number(date.slice(0, 4)) : null;
}

/** Work summaries and news report what was done: their figures are actuals by default. */
function isReportDocument(document: DocumentMeta): boolean {
  return document.kind === '总结' || document.kind === '新闻' || /总结/.test(document.title ?? '');
}
