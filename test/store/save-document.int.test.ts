import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../graph/model/extraction.js';
import { countGraph } from '../../graph/store/count-graph.js';
import type { Store } from '../../graph/store/open-store.js';
import { runQuery } from '../../graph/store/run-query.js';
import { saveDocument } from '../../graph/store/save-document.js';
import { ensureSchema } from '../../graph/store/schema.js';
import { StoreError } from '../../graph/store/store-errors.js';
import { openTestStore } from '../support/open-test-store.js';
import {
  makeEntity,
  makeEvidence,
  makeExtraction,
  makeOwner,
  makeRelation,
  makeTarget,
  makeTask,
} from './make-extraction.js';

let store: Store;
// The first save compiles the two save statements, which takes long on a busy 2-core machine.
const FIRST_SAVE_TIMEOUT_MS = 180_000;

beforeAll(async () => {
  store = openTestStore();
  await ensureSchema(store);
});

afterAll(async () => {
  await store.close();
});

// Han characters that read the same in both scripts, so random names stay script-neutral.
const NEUTRAL_HAN = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土山川日月星';

/** A random name part, so each test's entities are its own even on a shared database. */
function randomHan(length = 4): string {
  const bytes = randomUUID().replaceAll('-', '');
  let name = '';
  for (let i = 0; i < length; i += 1) {
    name += NEUTRAL_HAN[Number.parseInt(bytes.slice(i * 2, i * 2 + 2), 16) % NEUTRAL_HAN.length];
  }
  return name;
}

function save(id: string, extraction: Extraction, text = '') {
  return saveDocument(store, {
    id,
    source: `${id}.txt`,
    format: 'text',
    contentHash: randomUUID(),
    text,
    extraction,
  });
}

async function findFacts(documentId: string) {
  const [row] = await runQuery<{ tasks: string[]; targets: string[]; entities: string[] }>(
    store,
    `MATCH (d:Document {id: $documentId})
     RETURN [(d)-[:HAS_TASK]->(t) | t.key] AS tasks,
            [(d)-[:HAS_TARGET]->(g) | g.key] AS targets,
            COLLECT {
              MATCH (d)-[:MENTIONS|ISSUED_BY|CITES]->(e:Entity) RETURN e.id
              UNION
              MATCH (d)-[:HAS_TASK]->(:Task)-[:MENTIONS|ASSIGNED_TO]->(e:Entity) RETURN e.id
            } AS entities`,
    { documentId },
  );
  return (
    row && { tasks: row.tasks.sort(), targets: row.targets.sort(), entities: row.entities.sort() }
  );
}

/** Two documents sharing one lab; the first has an agency, two tasks and a target. */
function makeScenario(prefix: string) {
  const agency = makeEntity('Agency', `${prefix}科技局`, { jurisdiction: `${prefix}市` });
  const lab = makeEntity('Lab', `${prefix}实验室`, { aliases: [`${prefix}甲室`] });
  const platform = makeEntity('Platform', `${prefix}平台`);
  const first = makeExtraction({ title: `${prefix}实施方案`, jurisdiction: `${prefix}市` });
  first.entities.push(agency, lab, platform);
  first.tasks.push(
    makeTask('t1', '建设实验室', [makeOwner(agency, 'lead')]),
    makeTask('t2', '建设平台', [makeOwner(agency, 'support')]),
  );
  first.targets.push(makeTarget('g1', '高新技术企业数', 500, 't1'));
  first.relations.push(
    makeRelation('ISSUED_BY', { kind: 'document' }, agency.key),
    makeRelation('MENTIONS', { kind: 'task', key: 't1' }, lab.key),
    makeRelation('ESTABLISHES', { kind: 'entity', key: agency.key }, lab.key),
    makeRelation('MENTIONS', { kind: 'document' }, platform.key),
  );
  const second = makeExtraction({ title: `${prefix}工作要点` });
  const secondLab = makeEntity('Lab', lab.name, { aliases: [`${prefix}乙室`] });
  second.entities.push(secondLab);
  second.tasks.push(makeTask('t1', '支持实验室'));
  second.relations.push(makeRelation('MENTIONS', { kind: 'task', key: 't1' }, lab.key));
  return { agency, lab, platform, first, second };
}

describe('saveDocument', () => {
  it(
    'leaves node and relationship counts unchanged when the same document is saved twice',
    async () => {
      const prefix = randomHan();
      const { first } = makeScenario(prefix);
      const id = `doc:test-${randomUUID()}`;
      const created = await save(id, first);
      const counts = await countGraph(store);
      const again = await save(id, first);

      expect(await countGraph(store)).toEqual(counts);
      expect(created.nodesCreated).toBe(7); // document, 3 entities, 2 tasks, 1 target
      expect(again.nodesCreated).toBe(0);
      expect(again.relationshipsCreated).toBe(again.relationshipsDeleted);
    },
    FIRST_SAVE_TIMEOUT_MS,
  );

  it('replaces only its own facts on re-ingestion; shared entities and curations stay', async () => {
    const prefix = randomHan();
    const { agency, lab, platform, first, second } = makeScenario(prefix);
    const firstId = `doc:test-${randomUUID()}`;
    const secondId = `doc:test-${randomUUID()}`;
    await save(firstId, first);
    await save(secondId, second);
    // A curator's relation stamped with the first document survives its re-ingestion.
    await runQuery(
      store,
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       CREATE (a)-[:PART_OF {curated: true, documentId: $documentId}]->(b)`,
      { from: agency.key, to: lab.key, documentId: firstId },
      'WRITE',
    );

    const changed = makeExtraction({ title: `${prefix}实施方案`, jurisdiction: `${prefix}市` });
    const newPlatform = makeEntity('Platform', `${prefix}新平台`);
    changed.entities.push(agency, newPlatform);
    changed.tasks.push(
      makeTask('t1', '建设实验室', [makeOwner(agency, 'lead')]),
      makeTask('t3', '建设新平台'),
    );
    changed.relations.push(makeRelation('MENTIONS', { kind: 'task', key: 't3' }, newPlatform.key));
    await save(firstId, changed);

    expect(await findFacts(firstId)).toEqual({
      tasks: ['t1', 't3'],
      targets: [],
      entities: [agency.key, newPlatform.key].sort(),
    });
    expect(await findFacts(secondId)).toEqual({ tasks: ['t1'], targets: [], entities: [lab.key] });

    const [state] = await runQuery<{
      platform: number;
      lab: { aliases: string[] } | null;
      curated: number;
      established: number;
      labMentions: string[];
    }>(
      store,
      `OPTIONAL MATCH (p:Entity {id: $platform})
       OPTIONAL MATCH (l:Entity {id: $lab})
       RETURN count(p) AS platform, l {.aliases} AS lab,
         COUNT { (:Entity {id: $agency})-[:PART_OF {curated: true}]->(l) } AS curated,
         COUNT { (:Entity {id: $agency})-[:ESTABLISHES]->(l) } AS established,
         [(t:Task)-[:MENTIONS]->(l) | t.id] AS labMentions`,
      { platform: platform.key, lab: lab.key, agency: agency.key },
    );
    expect(state?.platform).toBe(0); // left with nothing after the change: removed
    expect(state?.lab?.aliases).toEqual(expect.arrayContaining([`${prefix}甲室`, `${prefix}乙室`]));
    expect(state?.curated).toBe(1);
    expect(state?.established).toBe(0);
    expect(state?.labMentions).toEqual([`${secondId}#t1`]);
  });

  it('rolls a failing document back completely and keeps its earlier version', async () => {
    const prefix = randomHan();
    const { first } = makeScenario(prefix);
    const id = `doc:test-${randomUUID()}`;
    await save(id, first);
    const before = await findFacts(id);
    const counts = await countGraph(store);

    // A map is no valid property value: Neo4j fails the statement after the earlier blocks
    // (document, entities) have already written in this transaction.
    const broken = makeExtraction({ title: `${prefix}实施方案` });
    broken.entities.push(makeEntity('Lab', `${prefix}新实验室`));
    broken.tasks.push({ ...makeTask('t9', '坏任务'), title: { bad: true } as unknown as string });
    await expect(save(id, broken)).rejects.toBeInstanceOf(StoreError);
    const freshId = `doc:test-${randomUUID()}`;
    await expect(save(freshId, broken)).rejects.toBeInstanceOf(StoreError);

    expect(await countGraph(store)).toEqual(counts);
    expect(await findFacts(id)).toEqual(before);
    expect(await findFacts(freshId)).toBeUndefined();
    const [lab] = await runQuery<{ n: number }>(
      store,
      'MATCH (e:Entity {id: $id}) RETURN count(e) AS n',
      { id: `Lab||${prefix}新实验室` },
    );
    expect(lab?.n).toBe(0);
  });

  it('writes a key a curator merged away to the entity it was merged into', async () => {
    const prefix = randomHan();
    const kept = `Lab||${prefix}实验室`;
    await runQuery(
      store,
      `CREATE (:Alias {key: $merged, curated: true})-[:ALIAS_OF]->
         (:Entity:Lab {id: $kept, key: $kept, name: $name, type: 'Lab', aliases: [], searchText: $name, curated: true})`,
      { merged: `Lab||${prefix}室`, kept, name: `${prefix}实验室` },
      'WRITE',
    );
    const extraction = makeExtraction();
    extraction.entities.push(makeEntity('Lab', `${prefix}室`));
    const id = `doc:test-${randomUUID()}`;
    await save(id, extraction);

    const [row] = await runQuery<{ split: number; aliases: string[]; mentions: string[] }>(
      store,
      `OPTIONAL MATCH (split:Entity {id: $merged})
       MATCH (kept:Entity {id: $kept})
       RETURN count(split) AS split, kept.aliases AS aliases,
         [(d:Document)-[:MENTIONS]->(kept) | d.id] AS mentions`,
      { merged: `Lab||${prefix}室`, kept },
    );
    expect(row).toEqual({ split: 0, aliases: [`${prefix}室`], mentions: [id] });
  });

  it('links a citation to the ingested document of that title, whichever comes first', async () => {
    for (const citingFirst of [false, true]) {
      const title = `${randomHan()}管理办法`;
      const cited = makeExtraction({ title });
      const citing = makeExtraction({ title: `${randomHan()}实施意见` });
      const policy = makeEntity('Policy', title);
      citing.entities.push(policy);
      citing.relations.push(makeRelation('CITES', { kind: 'document' }, policy.key));
      const citedId = `doc:test-${randomUUID()}`;
      const citingId = `doc:test-${randomUUID()}`;
      if (citingFirst) await save(citingId, citing);
      await save(citedId, cited);
      if (!citingFirst) await save(citingId, citing);
      // Re-ingesting either side keeps exactly one link.
      await save(citedId, cited);
      await save(citingId, citing);

      const links = await runQuery<{ rule: string; documentId: string }>(
        store,
        `MATCH (:Document {id: $citingId})-[r:CITES]->(:Document {id: $citedId})
         RETURN r.rule AS rule, r.documentId AS documentId`,
        { citingId, citedId },
      );
      expect(links, `citing document saved first: ${citingFirst}`).toEqual([
        { rule: 'relation.CITES', documentId: citingId },
      ]);
    }
  });

  it('finds an entity by a two-character part in simplified and in traditional characters', async () => {
    const prefix = randomHan(2);
    const extraction = makeExtraction();
    const text = `依托${prefix}創新實驗室建設`;
    const start = text.indexOf(prefix);
    const lab = makeEntity('Lab', `${prefix}创新实验室`, {
      mentions: [makeEvidence('entity.lab', start, start + `${prefix}创新实验室`.length)],
    });
    extraction.entities.push(lab);
    await save(`doc:test-${randomUUID()}`, extraction, text);

    const find = async (query: string) =>
      (
        await runQuery<{ id: string }>(
          store,
          `CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node
           WHERE node.id = $id RETURN node.id AS id`,
          { query, id: lab.key },
        )
      ).map((row) => row.id);
    expect(await find(prefix)).toEqual([lab.key]);
    expect(await find('"创新"')).toEqual([lab.key]);
    expect(await find('"實驗"')).toEqual([lab.key]);
    expect(await find(`"${prefix.slice(1)}創"`)).toEqual([lab.key]);
  });
});
