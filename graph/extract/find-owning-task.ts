import type { Section, Task } from '../model/extraction.js';

/**
 * The task whose span holds the original offset `at`, or null. Tasks do not overlap, so a
 * binary search over their starts finds it in log time.
 * (tasks t1 [10, 50), t2 [50, 90); at 60) → t2
 */
export function findOwningTask(tasks: Task[], at: number): Task | null {
  let low = 0;
  let high = tasks.length - 1;
  let found: Task | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const task = tasks[middle];
    if (!task) break;
    if (task.span.start <= at) {
      found = task;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found && at < found.span.end ? found : null;
}

/**
 * Title of the deepest section whose span holds the original offset `at`, or ''.
 * (sections 二、发展目标 [0, 100); at 40) → '发展目标'
 */
export function findSectionTitle(sections: Section[], at: number): string {
  let best: Section | null = null;
  for (const section of sections) {
    if (section.span.start > at) break;
    if (at < section.span.end && (best === null || section.level >= best.level)) best = section;
  }
  return best?.title ?? '';
}
