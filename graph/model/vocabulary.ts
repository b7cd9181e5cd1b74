// The closed vocabularies of the domain. Each is an `as const` table with a derived union,
// so the same list drives TypeScript types, Cypher label whitelists and the GraphQL enums.

/** Kinds of named innovation entity a policy document can mention. */
export const ENTITY_TYPES = [
  'Agency', // government bodies, committees, district/town governments, park administrations
  'Lab', // 实验室, 全国/国家重点实验室
  'Platform', // 科学城, 孵化器, 众创空间, 中心, 平台, 基地, 新型研发机构, 园区/高新区
  'Enterprise', // named companies and groups
  'Program', // named 工程/计划/行动/专项/赛事/基金
  'Institution', // universities, CAS institutes, academic research institutes
  'Policy', // another document cited by its 《…》 title
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** An agency's part in a task: 牵头 (lead) or 配合/责任 (support). */
export const OWNER_ROLES = ['lead', 'support'] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];

/**
 * How a fact was matched in the text: literally (exact), after normalisation such as
 * traditional→simplified or 市-prefix distribution (normalised), or not stated but
 * derived from context such as the issuer of a work plan (inferred).
 */
export const MATCH_KINDS = ['exact', 'normalised', 'inferred'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** 以上/不少于/突破 → '>=', 左右/约 → '~', 以内/不超过 → '<=', plain 达 → '='. */
export const COMPARATORS = ['>=', '>', '=', '~', '<=', '<'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** A goal to reach ('target') or a figure reported as achieved or estimated ('actual'). */
export const TARGET_KINDS = ['target', 'actual'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** The genre of a document, read from its title's last word (…实施方案 → 方案). */
export const DOCUMENT_KINDS = [
  '方案',
  '意见',
  '措施',
  '要点',
  '总结',
  '办法',
  '规划',
  '通知',
  '指引',
  '细则',
  '新闻',
  '其他',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Entity → entity relations the text states. Examples:
 * X牵头组建Y → X ESTABLISHES Y; 依托X建设Y → Y BASED_ON X; X与Y共建Z → X CO_BUILDS Z, Y CO_BUILDS Z;
 * X研制Y → X DEVELOPS Y; Y入驻X → Y LOCATED_IN X; 组建X管委会 → 管委会 ADMINISTERS X.
 */
export const ENTITY_RELATION_TYPES = [
  'ESTABLISHES',
  'BASED_ON',
  'CO_BUILDS',
  'DEVELOPS',
  'LOCATED_IN',
  'ADMINISTERS',
  'PART_OF',
] as const;
export type EntityRelationType = (typeof ENTITY_RELATION_TYPES)[number];

/** Node labels of the graph besides the entity labels (every entity also carries `Entity`). */
export const NODE_LABELS = ['Document', 'Task', 'Target', 'Entity', ...ENTITY_TYPES] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Relationship types of the graph. Every extracted one carries provenance (see Provenance). */
export const RELATIONSHIP_TYPES = [
  'ISSUED_BY', // (Document)→(Agency)
  'HAS_TASK', // (Document)→(Task)
  'HAS_TARGET', // (Document)→(Target)
  'SETS_TARGET', // (Task)→(Target)
  'ASSIGNED_TO', // (Task)→(Agency) {role, explicit}
  'MENTIONS', // (Document|Task)→(Entity)
  'CITES', // (Document)→(Policy) and, when the cited title is an ingested document, (Document)→(Document)
  'DIFFERENT_FROM', // (Entity)→(Entity), a curation: never merge these two
  ...ENTITY_RELATION_TYPES,
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
