/**
 * What a heading says about the figures under it: goals to reach ('goal'), work planned for a
 * year ('plan'), or work already done ('report'); null when it says nothing.
 */
export type ScopeKind = 'goal' | 'plan' | 'report';

export interface HeadingClass {
  kind: ScopeKind | null;
  /** A year the heading names for its figures ('2024年工作重点' → 2024), else null. */
  year: number | null;
}

// 二、发展目标 / 主要目标 / 总体目标 → goal
const GOAL = /^.{0,6}目标/;
// 一、总体进展 / 主要工作情况 / 工作成效 → report
const REPORT = /^.{0,8}(进展|工作情况|完成情况|成效|成绩|回顾|取得)/;
// 三、2024年工作重点 / 工作计划 / 工作安排 → plan
const PLAN = /^.{0,10}(工作重点|重点工作|工作要点|工作计划|工作安排|工作打算|工作思路)/;
const YEAR = /^.{0,6}?((?:19|20)\d\d)年/;

/**
 * '发展目标' → { kind: 'goal' }; '2024年工作重点' → { kind: 'plan', year: 2024 };
 * '总体进展' → { kind: 'report' }; '强化企业主体地位' → { kind: null }
 */
export function classifyHeading(lead: string): HeadingClass {
  const yearMatch = YEAR.exec(lead);
  const year = yearMatch ? Number(yearMatch[1]) : null;
  if (GOAL.test(lead)) return { kind: 'goal', year: toGoalYear(lead) };
  if (PLAN.test(lead)) return { kind: 'plan', year };
  if (REPORT.test(lead)) return { kind: 'report', year };
  return { kind: null, year: null };
}

/** A goal heading run into its text: '主要目标到2025年,全市…' → 2025. */
function toGoalYear(lead: string): number | null {
  const match = /(?:到|至|力争)((?:19|20)\d\d)年/.exec(lead);
  return match ? Number(match[1]) : null;
}
