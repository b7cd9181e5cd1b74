import type { Heading } from './find-headings.js';
import { findOwnerClauses } from './find-owner-clauses.js';

/**
 * Headings whose items are not work to do: the guiding ideas, principles and goals of a plan,
 * the achievements of a work report, glossaries and the policy settings of a 办法.
 * '发展目标' '主要工作情况' '总体进展' '政策支持' '基本原则'.
 */
const NOT_TASKS =
  /指导思想|原则$|总体要求|总体思路|目标$|^(?:主要|发展|工作|总体)目标|情况$|进展$|成效$|成绩$|做法$|回顾$|总结$|^名词|^背景|政策支持$|^支持政策|适用范围|^附则|^总则|^附件|^存在的?(?:主要)?(?:问题|不足)|^(?:主要)?(?:问题|困难)(?:和|与)(?:不足|问题)/;

/** Headings whose items are work to do: '重点任务' '保障措施' '2024年工作重点' '实施…工程'. */
const TASKS =
  /任务|措施|举措|工作重点|重点工作|主要工作|行动|工程|保障|要点|重点领域|实施路径|工作安排/;

/**
 * A leaf's own title that says it is a preamble part or a review, not a work item:
 * '二、主要目标到2025年…', '一、行动目标', '二、存在的问题'.
 */
const NOT_TASK_TITLE =
  /^(?:指导思想|基本原则|工作原则|总体要求|总体思路|(?:主要|发展|工作|总体)?目标|总体进展|主要工作情况|存在的?(?:主要)?(?:问题|不足)|(?:主要)?(?:问题|困难)(?:和|与)(?:不足|问题))|^[^,。]{0,4}目标$/;

/** Text shorter than this under a heading is not a work item ('1.某某大学'). */
const MIN_ITEM_TEXT = 8;

/**
 * Whether a numbered heading is a task: a leaf item with text, whose nearest ancestor that says
 * anything says "work to do" (重点任务, 保障措施, 工作重点…) rather than goals or reports.
 * When no ancestor says either, an item with a body is taken as a task.
 * '(三)健全容错机制。…' under '三、保障措施' → true; '(二)发展目标' under '一、总体要求' → false.
 * The articles of a 办法 or 条例 (第三条) and the conditions listed in them are standing rules,
 * even in a chapter named 支持措施; one is a task only when it names its owner:
 * '第五条 建设孵化载体。(责任单位:市科技局)' → true; '第四条 …应当符合下列条件:(一)…' → false.
 */
export function isTaskHeading(headings: Heading[], index: number, clean: string): boolean {
  const heading = headings[index];
  if (!heading || heading.style === 'plain' || heading.hasChildren) return false;
  if (NOT_TASK_TITLE.test(heading.title)) return false;
  const text = clean.slice(heading.titleStart, heading.end).trim();
  if (text.length < MIN_ITEM_TEXT) return false;
  if (isInArticle(headings, index)) return findOwnerClauses(text, 0).length > 0;
  for (let at = heading.parent; at !== -1; at = headings[at]?.parent ?? -1) {
    const title = headings[at]?.title ?? '';
    if (NOT_TASKS.test(title)) return false;
    if (TASKS.test(title)) return true;
  }
  return true;
}

/** The heading is an article (第X条) or lies inside one. */
function isInArticle(headings: Heading[], index: number): boolean {
  for (let at = index; at !== -1; at = headings[at]?.parent ?? -1)
    if (headings[at]?.style === '第条') return true;
  return false;
}
