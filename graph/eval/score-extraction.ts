import type { Extraction } from '../model/extraction.js';
import type { FacetScore } from './facet-score.js';
import type { GoldFile } from './gold-file.js';
import { scoreDocument } from './score-document.js';
import { scoreEntities, scoreMustNotExtract } from './score-entities.js';
import { scoreTargets } from './score-targets.js';
import { matchTasks, scoreAssignments, scoreTasks } from './score-tasks.js';

/**
 * One document's extraction against its gold annotation, facet by facet (see FACETS).
 * Pure: the matching rules live with each facet's scorer (score-tasks, score-targets,
 * score-entities, score-document) and are documented there.
 */
export function scoreExtraction(gold: GoldFile, extraction: Extraction): FacetScore[] {
  const taskMatches = matchTasks(gold.tasks, extraction.tasks);
  const { assignments, leadRole } = scoreAssignments(gold.tasks, extraction.tasks, taskMatches);
  const targets = scoreTargets(gold.targets, extraction.targets);
  const entities = scoreEntities(gold.entities, extraction.entities);
  return [
    scoreDocument(gold.document, extraction.document),
    scoreTasks(gold.tasks, extraction.tasks, taskMatches),
    assignments,
    leadRole,
    targets.targets,
    targets.targetYear,
    targets.targetComparator,
    targets.targetKind,
    entities.entities,
    entities.entityType,
    scoreMustNotExtract(gold.mustNotExtract, extraction.entities),
  ];
}
