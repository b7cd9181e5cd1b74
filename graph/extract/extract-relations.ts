import type { DocumentMeta, Entity, Relation, Task } from '../model/extraction.js';
import { findEntityRelations } from './find-entity-relations.js';
import { findOwningTask } from './find-owning-task.js';
import type { NormalisedText } from './normalised-text.js';

export interface RelationContext {
  document: DocumentMeta;
  tasks: Task[];
  entities: Entity[];
}

/**
 * Issuer, mentions, citations and entity → entity relations, each with evidence.
 * Document → issuer (ISSUED_BY), document → every entity and task → the entities in its span
 * (MENTIONS), document → cited titles (CITES), and what the text states between entities
 * (依托X建设Y → Y BASED_ON X, …).
 */
export function extractRelations(text: NormalisedText, context: RelationContext): Relation[] {
  const relations: Relation[] = [];
  const issuer = findIssuer(context.entities, context.document.issuer);
  if (issuer?.mentions[0]) {
    relations.push({
      type: 'ISSUED_BY',
      from: { kind: 'document' },
      to: { kind: 'entity', key: issuer.key },
      evidence: { ...issuer.mentions[0], rule: 'relation.issuer' },
    });
  }
  for (const entity of context.entities) {
    const first = entity.mentions[0];
    if (!first) continue;
    const document = { kind: 'document' } as const;
    const to = { kind: 'entity', key: entity.key } as const;
    relations.push({ type: 'MENTIONS', from: document, to, evidence: first });
    if (entity.type === 'Policy')
      relations.push({ type: 'CITES', from: document, to, evidence: first });
    // A task mentions an entity once, at its first mention inside the task.
    const seen = new Set<string>();
    for (const mention of entity.mentions) {
      const task = findOwningTask(context.tasks, mention.start);
      if (!task || seen.has(task.key)) continue;
      seen.add(task.key);
      relations.push({
        type: 'MENTIONS',
        from: { kind: 'task', key: task.key },
        to: { kind: 'entity', key: entity.key },
        evidence: mention,
      });
    }
  }
  relations.push(...findEntityRelations(text, context.entities));
  return relations;
}

/** The Agency entity the document's issuer names, by name or alias. */
function findIssuer(entities: Entity[], issuer: string | null): Entity | undefined {
  if (!issuer) return undefined;
  return entities.find(
    (e) => e.type === 'Agency' && (e.name === issuer || e.aliases.includes(issuer)),
  );
}
