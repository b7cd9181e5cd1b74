import type {
  AssignmentRecord,
  EntityRecord,
  MentionRecord,
  TargetRecord,
  TaskRecord,
} from '../../graph/store/read-records.js';
import { toGlobalId } from '../global-id.js';

export type AnnotationKind = 'entity' | 'task' | 'target' | 'owner';

export interface Annotation {
  kind: AnnotationKind;
  start: number;
  end: number;
  label: string;
  nodeId: string;
  entityType: string | null;
  role: string | null;
  taskId: string | null;
}

export interface AnnotationSources {
  mentions: readonly MentionRecord[];
  entities: ReadonlyMap<string, EntityRecord>;
  tasks: readonly TaskRecord[];
  targets: readonly TargetRecord[];
  assignments: readonly AssignmentRecord[];
}

/** The spans a reader highlights in one document's text, sorted by start then longest first. */
export function toAnnotations(sources: AnnotationSources): Annotation[] {
  const annotations: Annotation[] = [];
  for (const mention of sources.mentions) {
    const entity = sources.entities.get(mention.entityId);
    if (mention.evidence === null || entity === undefined) continue;
    annotations.push({
      kind: 'entity',
      start: mention.evidence.start,
      end: mention.evidence.end,
      label: entity.name,
      nodeId: toGlobalId(entity.type, entity.id),
      entityType: entity.type,
      role: null,
      taskId: null,
    });
  }
  for (const task of sources.tasks) {
    annotations.push({
      kind: 'task',
      start: task.start,
      end: task.end,
      label: [task.number, task.title].filter((part) => part !== '').join(' '),
      nodeId: toGlobalId('Task', task.id),
      entityType: null,
      role: null,
      taskId: toGlobalId('Task', task.id),
    });
  }
  for (const target of sources.targets) {
    annotations.push({
      kind: 'target',
      start: target.start,
      end: target.end,
      label: `${target.metric} ${target.comparator} ${target.value}${target.unit}`,
      nodeId: toGlobalId('Target', target.id),
      entityType: null,
      role: null,
      taskId: target.taskId === null ? null : toGlobalId('Task', target.taskId),
    });
  }
  for (const assignment of sources.assignments) {
    if (assignment.evidence === null) continue;
    annotations.push({
      kind: 'owner',
      start: assignment.evidence.start,
      end: assignment.evidence.end,
      label: assignment.name,
      nodeId: toGlobalId('Agency', assignment.agencyId),
      entityType: 'Agency',
      role: assignment.role,
      taskId: toGlobalId('Task', assignment.taskId),
    });
  }
  return annotations.sort((a, b) => a.start - b.start || b.end - a.end);
}
