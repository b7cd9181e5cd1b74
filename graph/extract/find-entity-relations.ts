import type { Entity, Relation } from '../model/extraction.js';
import type { EntityRelationType } from '../model/vocabulary.js';
import type { NormalisedText } from './normalised-text.js';
import { toEvidence } from './to-evidence.js';

/** An entity mention in clean offsets. */
interface Mention {
  key: string;
  type: Entity['type'];
  start: number;
  end: number;
}

// What may stand between two mentions for the text to state a relation between them.
// X牵头组建Y → X ESTABLISHES Y
const ESTABLISHES = /^(?:牵头|发起|联合)?(?:组建|设立|成立|筹建)(?:了|的)?$/;
// X研制/研发/开发Y → X DEVELOPS Y
const DEVELOPS = /^(?:牵头|联合|自主)?(?:研制|研发|开发)(?:的|了|出)?$/;
// Y入驻X → Y LOCATED_IN X
const MOVES_INTO = /^(?:已|正式|成功|首批|率先)?入驻$/;
// X…揭牌,入驻Y、Z → Y and Z LOCATED_IN X
const TAKES_IN = /^[^,;:。]{0,12},(?:已|正式|首批|先后)?入驻$/;
// X与Y共建Z: between Y and Z
const CO_BUILD = /^(?:联合|合作|共同)?(?:共建|建设)$|^共同建设$|^联合建设$/;
// X与Y / X、Y / X和Y
const AND = /^[与和、及同]$/;
// 依托X建设Y: between X and Y
const BUILD_ON = /^[^,;:。]{0,10}?(?:建设|组建|设立|成立|打造|筹建|建立|布局)/;
/** Longest clean stretch between two mentions read for a relation. */
const MAX_GAP = 16;

/**
 * Entity → entity relations the text states, read between consecutive mentions of one clause,
 * plus 管委会 → the place it administers by name.
 * '依托厦门大学建设嘉庚创新实验室' → 嘉庚创新实验室 BASED_ON 厦门大学;
 * '甲公司与乙大学共建丙研究院' → 甲公司 CO_BUILDS 丙研究院, 乙大学 CO_BUILDS 丙研究院;
 * '组建厦门科学城管委会' (and 厦门科学城 an entity) → 厦门科学城管委会 ADMINISTERS 厦门科学城
 */
export function findEntityRelations(text: NormalisedText, entities: Entity[]): Relation[] {
  const clean = text.clean;
  const mentions = toMentions(text, entities);
  const relations: Relation[] = [];
  const add = (type: EntityRelationType, from: Mention, to: Mention, span: [number, number]) => {
    if (from.key === to.key) return;
    relations.push({
      type,
      from: { kind: 'entity', key: from.key },
      to: { kind: 'entity', key: to.key },
      evidence: toEvidence(text, span[0], span[1], 'exact', `relation.${type.toLowerCase()}`),
    });
  };
  for (let i = 0; i + 1 < mentions.length; i += 1) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (!a || !b || b.start - a.end > MAX_GAP || b.start < a.end) continue;
    const gap = clean.slice(a.end, b.start);
    if (/[;。!?\n]/.test(gap)) continue;
    if (TAKES_IN.test(gap)) {
      // The host takes in every tenant of the list that follows.
      let tenant: Mention | undefined = b;
      for (let j = i + 1; tenant; j += 1) {
        add('LOCATED_IN', tenant, a, [a.start, tenant.end]);
        const next: Mention | undefined = mentions[j + 1];
        tenant = next && clean.slice(tenant.end, next.start) === '、' ? next : undefined;
      }
      continue;
    }
    if (/[,:]/.test(gap)) continue;
    if (ESTABLISHES.test(gap)) add('ESTABLISHES', a, b, [a.start, b.end]);
    else if (DEVELOPS.test(gap)) add('DEVELOPS', a, b, [a.start, b.end]);
    else if (MOVES_INTO.test(gap)) add('LOCATED_IN', a, b, [a.start, b.end]);
    else if (clean.slice(Math.max(0, a.start - 2), a.start) === '依托' && BUILD_ON.test(gap)) {
      add('BASED_ON', b, a, [a.start - 2, b.end]);
    } else if (AND.test(gap)) {
      const c = mentions[i + 2];
      if (c && c.start - b.end <= MAX_GAP && CO_BUILD.test(clean.slice(b.end, c.start))) {
        add('CO_BUILDS', a, c, [a.start, c.end]);
        add('CO_BUILDS', b, c, [a.start, c.end]);
      }
    }
  }
  relations.push(...findAdministered(entities));
  return relations;
}

/** 厦门科学城管委会 ADMINISTERS 厦门科学城, when both are entities of the document. */
function findAdministered(entities: Entity[]): Relation[] {
  const byName = new Map<string, Entity>();
  for (const entity of entities) if (entity.type !== 'Agency') byName.set(entity.name, entity);
  const relations: Relation[] = [];
  for (const entity of entities) {
    const stem = /^(.{2,})(?:管委会|管理委员会)$/.exec(entity.name)?.[1];
    const place = stem ? byName.get(stem) : undefined;
    const mention = entity.mentions[0];
    if (!place || !mention) continue;
    relations.push({
      type: 'ADMINISTERS',
      from: { kind: 'entity', key: entity.key },
      to: { kind: 'entity', key: place.key },
      evidence: { ...mention, rule: 'relation.administers', match: 'inferred' },
    });
  }
  return relations;
}

/** Every mention of every entity, in clean offsets, in reading order. */
function toMentions(text: NormalisedText, entities: Entity[]): Mention[] {
  const mentions: Mention[] = [];
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      if (mention.match === 'inferred' || mention.end <= mention.start) continue;
      mentions.push({
        key: entity.key,
        type: entity.type,
        start: text.toClean(mention.start),
        end: text.toClean(mention.end),
      });
    }
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}
