// A synthetic two-document corpus with exact offsets, written through saveDocument, so API tests
// assert on known facts whatever the extractor finds in the seeds. Names carry a random part so
// every test file's data is its own on a shared database.
import { randomUUID } from 'node:crypto';
import type {
  Entity,
  Evidence,
  Extraction,
  FactRef,
  Relation,
  Target,
  Task,
  TaskAgency,
} from '../../graph/model/extraction.js';
import type { EntityType, OwnerRole } from '../../graph/model/vocabulary.js';
import type { Store } from '../../graph/store/open-store.js';
import { saveDocument } from '../../graph/store/save-document.js';

// Han characters that read the same in both scripts, so random names stay script-neutral.
const NEUTRAL_HAN = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土山川日月星';

export function randomHan(length = 4): string {
  const hex = randomUUID().replaceAll('-', '');
  let name = '';
  for (let i = 0; i < length; i += 1) {
    name += NEUTRAL_HAN[Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16) % NEUTRAL_HAN.length];
  }
  return name;
}

/** Evidence for the `nth` occurrence of `phrase` in `text`; the sentence is its line. */
export function evidenceOf(text: string, phrase: string, rule: string, nth = 0): Evidence {
  let start = -1;
  for (let i = 0; i <= nth; i += 1) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`fixture text lacks ${phrase}`);
  const sentenceStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', start);
  const sentence = text.slice(sentenceStart, lineEnd < 0 ? text.length : lineEnd);
  return { start, end: start + phrase.length, sentence, sentenceStart, match: 'exact', rule };
}

function entity(
  type: EntityType,
  name: string,
  jurisdiction: string | null,
  mentions: Evidence[],
  aliases: string[] = [],
): Entity {
  const key = `${type}|${type === 'Agency' ? (jurisdiction ?? '') : ''}|${name}`;
  return {
    key,
    name,
    type,
    aliases,
    jurisdiction: type === 'Agency' ? jurisdiction : null,
    collective: false,
    mentions,
  };
}

function owner(agency: Entity, role: OwnerRole, evidence: Evidence): TaskAgency {
  return {
    name: agency.name,
    role,
    explicit: true,
    collective: false,
    entityKey: agency.key,
    evidence,
  };
}

function task(
  text: string,
  key: string,
  number: string,
  title: string,
  agencies: TaskAgency[],
  deadline: string | null = null,
): Task {
  const start = text.indexOf(`${number}.${title}`);
  const end = text.indexOf('\n', start);
  return {
    key,
    number,
    section: '重点任务',
    title,
    body: text.slice(start, end),
    deadline,
    span: { start, end },
    agencies,
  };
}

function relation(
  type: Relation['type'],
  from: FactRef,
  to: FactRef,
  evidence: Evidence,
): Relation {
  return { type, from, to, evidence };
}

export interface PlanFixture {
  tag: string;
  jurisdiction: string;
  planId: string;
  policyDocId: string;
  planText: string;
  keys: {
    lead: string;
    support: string;
    issuer: string;
    lab: string;
    university: string;
    policy: string;
  };
  names: { lab: string; university: string; policy: string; lead: string; support: string };
}

function emptyExtraction(
  title: string,
  jurisdiction: string,
  date: string,
  kind: Extraction['document']['kind'],
): Extraction {
  return {
    document: {
      title,
      issuer: `${jurisdiction}人民政府办公室`,
      docNumber: null,
      date,
      publishedDate: date,
      effectiveDate: null,
      jurisdiction,
      kind,
      validity: '有效',
    },
    sections: [],
    tasks: [],
    targets: [],
    entities: [],
    relations: [],
    diagnostics: [],
  };
}

/**
 * Saves the plan (three tasks, a target, entities, a citation) and the policy it cites. Calls
 * with the same `tag` add two more documents to the same jurisdiction and entities.
 */
export async function savePlanFixture(store: Store, tag = randomHan(4)): Promise<PlanFixture> {
  const jurisdiction = `${tag}市`;
  const names = {
    lab: `${tag}创新实验室`,
    university: `${tag}大学`,
    policy: `关于${tag}科技创新的若干措施`,
    lead: '市科技局',
    support: '市发展改革委',
  };
  const planText = [
    `关于${tag}推进科技创新的实施方案`,
    `${jurisdiction}人民政府办公室`,
    '一、重点任务',
    `1.建设${names.lab}。依托${names.university}建设${names.lab}。(牵头单位:市科技局;配合单位:市发展改革委)`,
    '2.培育科技企业。到2025年,高新技术企业数达500家以上。(责任单位:市发展改革委)',
    `3.完善政策。落实《${names.policy}》。`,
    '',
  ].join('\n');
  const plan = emptyExtraction(
    `关于${tag}推进科技创新的实施方案`,
    jurisdiction,
    '2023-03-05',
    '方案',
  );
  const lead = entity('Agency', names.lead, jurisdiction, [
    evidenceOf(planText, '市科技局', 'entity.agency'),
  ]);
  const support = entity('Agency', names.support, jurisdiction, [
    evidenceOf(planText, '市发展改革委', 'entity.agency'),
  ]);
  const issuer = entity('Agency', `${jurisdiction}人民政府办公室`, jurisdiction, [
    evidenceOf(planText, `${jurisdiction}人民政府办公室`, 'entity.agency'),
  ]);
  const lab = entity(
    'Lab',
    names.lab,
    null,
    [evidenceOf(planText, names.lab, 'entity.lab')],
    [`${tag}实验室`],
  );
  const university = entity('Institution', names.university, null, [
    evidenceOf(planText, names.university, 'entity.institution'),
  ]);
  const policy = entity('Policy', names.policy, null, [
    evidenceOf(planText, names.policy, 'entity.policy'),
  ]);
  plan.entities = [lead, support, issuer, lab, university, policy];
  plan.tasks = [
    task(
      planText,
      't1',
      '1',
      `建设${names.lab}`,
      [
        owner(lead, 'lead', evidenceOf(planText, '市科技局', 'owner.clause.lead')),
        owner(support, 'support', evidenceOf(planText, '市发展改革委', 'owner.clause.support')),
      ],
      '2025年底',
    ),
    task(planText, 't2', '2', '培育科技企业', [
      owner(support, 'lead', evidenceOf(planText, '市发展改革委', 'owner.clause.responsible', 1)),
    ]),
    task(planText, 't3', '3', '完善政策', []),
  ];
  const targetEvidence = evidenceOf(planText, '高新技术企业数达500家以上', 'target.reach');
  const target: Target = {
    key: 'g1',
    metric: '高新技术企业数',
    value: 500,
    unit: '家',
    year: 2025,
    recurring: false,
    comparator: '>=',
    kind: 'target',
    taskKey: 't2',
    section: '重点任务',
    evidence: targetEvidence,
  };
  plan.targets = [target];
  const doc: FactRef = { kind: 'document' };
  plan.relations = [
    relation(
      'ISSUED_BY',
      doc,
      { kind: 'entity', key: issuer.key },
      evidenceOf(planText, `${jurisdiction}人民政府办公室`, 'issuer'),
    ),
    relation(
      'MENTIONS',
      doc,
      { kind: 'entity', key: lab.key },
      evidenceOf(planText, names.lab, 'mention', 1),
    ),
    relation(
      'MENTIONS',
      { kind: 'task', key: 't1' },
      { kind: 'entity', key: university.key },
      evidenceOf(planText, names.university, 'mention'),
    ),
    relation(
      'BASED_ON',
      { kind: 'entity', key: lab.key },
      { kind: 'entity', key: university.key },
      evidenceOf(planText, `依托${names.university}建设${names.lab}`, 'relation.based_on'),
    ),
    relation(
      'CITES',
      doc,
      { kind: 'entity', key: policy.key },
      evidenceOf(planText, `《${names.policy}》`, 'cites'),
    ),
  ];

  const policyText = [
    names.policy,
    `${jurisdiction}人民政府办公室`,
    '1.加强引导。市科技局负责。',
    '去年高新技术企业数达到420家。',
    '',
  ].join('\n');
  const policyDoc = emptyExtraction(names.policy, jurisdiction, '2022-01-01', '措施');
  const policyLead = entity('Agency', names.lead, jurisdiction, [
    evidenceOf(policyText, '市科技局', 'entity.agency'),
  ]);
  policyDoc.entities = [policyLead];
  policyDoc.tasks = [
    task(policyText, 't1', '1', '加强引导', [
      owner(policyLead, 'lead', evidenceOf(policyText, '市科技局', 'owner.clause.responsible')),
    ]),
  ];
  policyDoc.targets = [
    {
      key: 'g1',
      metric: '高新技术企业数',
      value: 420,
      unit: '家',
      year: 2021,
      recurring: false,
      comparator: '=',
      kind: 'actual',
      taskKey: null,
      section: '',
      evidence: evidenceOf(policyText, '高新技术企业数达到420家', 'target.actual'),
    },
  ];

  const planId = `doc:test-plan-${tag}-${randomUUID().slice(0, 8)}`;
  const policyDocId = `doc:test-policy-${tag}-${randomUUID().slice(0, 8)}`;
  const save = (id: string, extraction: Extraction, text: string) =>
    saveDocument(store, {
      id,
      source: `${id}.txt`,
      format: 'text',
      contentHash: randomUUID(),
      text,
      extraction,
    });
  await save(policyDocId, policyDoc, policyText);
  await save(planId, plan, planText);
  return {
    tag,
    jurisdiction,
    planId,
    policyDocId,
    planText,
    keys: {
      lead: lead.key,
      support: support.key,
      issuer: issuer.key,
      lab: lab.key,
      university: university.key,
      policy: policy.key,
    },
    names,
  };
}
