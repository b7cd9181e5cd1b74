// The result of extracting one document: the contract between graph/extract (which makes it),
// graph/store (which writes it), and `innograph extract --format json` (which prints it).
// Field names follow the gold annotations (test/fixtures/gold/SCHEMA.md) so the JSON output
// and the gold files can be compared facet by facet.
import type {
  Comparator,
  DocumentKind,
  EntityRelationType,
  EntityType,
  MatchKind,
  OwnerRole,
  TargetKind,
} from './vocabulary.js';

/** Half-open range [start, end) of UTF-16 code units in the document's original text. */
export interface Span {
  start: number;
  end: number;
}

/** Where a fact came from: the sentence that states it and how it was read. */
export interface Evidence extends Span {
  /** The whole sentence containing the match, as written in the original text. */
  sentence: string;
  /** Offset of `sentence` in the original text. */
  sentenceStart: number;
  match: MatchKind;
  /** Name of the extraction rule that produced the fact, e.g. 'owner.clause.responsible'. */
  rule: string;
}

export interface DocumentMeta {
  title: string | null;
  /** Issuing body as written, simplified (启东市人民政府办公室). */
  issuer: string | null;
  /** 文号, e.g. 启政办发〔2023〕10号. */
  docNumber: string | null;
  /** Written (成文) date if stated, else the publication date, ISO yyyy-mm-dd. */
  date: string | null;
  publishedDate: string | null;
  effectiveDate: string | null;
  /** The city/district whose 市…/区… bodies the text means (启东市); null when unknown. */
  jurisdiction: string | null;
  kind: DocumentKind;
  /** 有效性 as stated (有效, 废止…), or null. */
  validity: string | null;
}

/** A heading of the document's outline (一、 / (一) / 1. / 第X条). */
export interface Section {
  /** Heading number as written without punctuation: '一', '1', '第三条'. */
  number: string;
  title: string;
  /** Nesting depth, 1 for 一、 level. */
  level: number;
  span: Span;
}

export interface TaskAgency {
  /** Simplified name with the jurisdiction prefix distributed (市科技局、发展改革委 → 市发展改革委). */
  name: string;
  role: OwnerRole;
  /** False when inferred (e.g. the issuer of a work plan that names no owner). */
  explicit: boolean;
  /** A collective holder such as 各区镇 or 市科创委成员单位, not one body. */
  collective: boolean;
  /** Key of the matching Agency entity in `entities` (collectives too, marked collective there). */
  entityKey: string;
  evidence: Evidence;
}

/** A numbered work item (or a row of a task-division table). */
export interface Task {
  /** Stable within the document: 't1', 't2', … in reading order. */
  key: string;
  /** As numbered in its list, without punctuation: '1', '一'. */
  number: string;
  /** Enclosing (一)/(二) heading text, or '' when none. */
  section: string;
  /** The item's heading: text before the first 。 */
  title: string;
  body: string;
  /** Deadline (完成时限) when stated. */
  deadline: string | null;
  span: Span;
  /** Responsible bodies for this item; empty when the text names none. */
  agencies: TaskAgency[];
}

export interface Target {
  key: string;
  metric: string;
  value: number;
  /** Unit as written, 万 kept: 家, %, 亿元, 万人. */
  unit: string;
  /** Year the target is due (到2025年 → 2025); null when none or recurring. */
  year: number | null;
  /** 每年… targets. */
  recurring: boolean;
  comparator: Comparator;
  kind: TargetKind;
  /** Key of the task it belongs to, or null. */
  taskKey: string | null;
  section: string;
  evidence: Evidence;
}

export interface Entity {
  /**
   * Identity across documents: type + jurisdiction (agencies only) + canonical simplified name.
   * 市科技局 of 启东市 → 'Agency|启东市|市科技局'; 嘉庚创新实验室 → 'Lab||嘉庚创新实验室'.
   */
  key: string;
  /** Simplified, as the document words it (quotation marks dropped). */
  name: string;
  type: EntityType;
  aliases: string[];
  /** Agencies only: the jurisdiction their 市/区 refers to. */
  jurisdiction: string | null;
  collective: boolean;
  mentions: Evidence[];
}

/** Who a relation starts or ends at. */
export type FactRef =
  { kind: 'document' } | { kind: 'task'; key: string } | { kind: 'entity'; key: string };

export interface Relation {
  type: 'ISSUED_BY' | 'MENTIONS' | 'CITES' | EntityRelationType;
  from: FactRef;
  to: FactRef;
  evidence: Evidence;
}

export interface Diagnostic {
  level: 'info' | 'warning';
  code: string;
  message: string;
  span: Span | null;
}

export interface Extraction {
  document: DocumentMeta;
  sections: Section[];
  tasks: Task[];
  targets: Target[];
  entities: Entity[];
  relations: Relation[];
  diagnostics: Diagnostic[];
}

/** What the extractor is told about a document besides its text. */
export interface SourceMeta {
  /** File name or other label, used only for diagnostics; never to choose rules. */
  source?: string;
  /** A title known from outside the text (e.g. HTML <title>), used when the text has none. */
  title?: string;
}
