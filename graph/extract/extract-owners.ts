import type { DocumentMeta, Task } from '../model/extraction.js';
import type { NormalisedText } from './normalised-text.js';

/** Fills each task's `agencies` from its responsibility clause or table row. (Placeholder.) */
export function extractOwners(
  _text: NormalisedText,
  tasks: Task[],
  _document: DocumentMeta,
): Task[] {
  return tasks;
}
