/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call --
   GraphQL response bodies are JSON whose shape the assertions check; typing each one adds nothing. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../api/create-api.js';
import type { Api } from '../../api/create-api.js';
import type { Extraction } from '../../graph/model/extraction.js';
import type { Store } from '../../graph/store/open-store.js';
import { saveDocument } from '../../graph/store/save-document.js';
import { ensureSchema } from '../../graph/store/schema.js';
import { openTestStore } from '../support/open-test-store.js';
import { errorCodes, postGraphQL } from './api-client.js';
import { evidenceOf, randomHan } from './make-plan-fixture.js';

const TOKEN = 'curator-token-0123456789';
const AUTH: Readonly<Record<string, string>> = Object.freeze({ authorization: `Bearer ${TOKEN}` });

let store: Store;
let api: Api;

beforeAll(async () => {
  store = openTestStore();
  await ensureSchema(store);
  api = createApi({ store, config: { token: TOKEN, corsOrigins: undefined } });
});

afterAll(async () => {
  await store.close();
});

/** A one-sentence document that mentions one lab, so tests can re-ingest it at will. */
function labDocument(labName: string): { id: string; text: string; extraction: Extraction } {
  const text = `建设${labName}。\n`;
  const key = `Lab||${labName}`;
  const evidence = evidenceOf(text, labName, 'entity.lab');
  return {
    id: `doc:test-mutation-${randomUUID().slice(0, 12)}`,
    text,
    extraction: {
      document: {
        title: `建设${labName}的通知`,
        issuer: null,
        docNumber: null,
        date: '2024-01-01',
        publishedDate: null,
        effectiveDate: null,
        jurisdiction: null,
        kind: '通知',
        validity: null,
      },
      sections: [],
      tasks: [],
      targets: [],
      entities: [
        {
          key,
          name: labName,
          type: 'Lab',
          aliases: [],
          jurisdiction: null,
          collective: false,
          mentions: [evidence],
        },
      ],
      relations: [
        { type: 'MENTIONS', from: { kind: 'document' }, to: { kind: 'entity', key }, evidence },
      ],
      diagnostics: [],
    },
  };
}

async function save(doc: ReturnType<typeof labDocument>): Promise<void> {
  await saveDocument(store, {
    id: doc.id,
    source: `${doc.id}.txt`,
    format: 'text',
    contentHash: randomUUID(),
    text: doc.text,
    extraction: doc.extraction,
  });
}

/** Two documents naming one lab each, saved; returns the first document and both labs' keys. */
async function saveTwoLabs(): Promise<{ a: LabDocument; aKey: string; bKey: string }> {
  const tag = randomHan();
  const a = labDocument(`${tag}甲实验室`);
  await save(a);
  await save(labDocument(`${tag}乙实验室`));
  return { a, aKey: `Lab||${tag}甲实验室`, bKey: `Lab||${tag}乙实验室` };
}

type LabDocument = ReturnType<typeof labDocument>;

const ENTITY = `query($id: ID!) { entity(id: $id) { key name aliases curated
  documents { documentId } differentFrom { key } relations { id type curated source { key } target { key } } } }`;

describe('authorization', () => {
  const mutations = [
    'mutation { renameEntity(id: "Lab||x", name: "y") { key } }',
    'mutation { deleteDocument(id: "doc:x") { deletedId } }',
    'mutation { ingestDocument(input: { text: "一、总则" }) { changed } }',
    'mutation { mergeEntities(keep: "Lab||a", merge: "Lab||b") { key } }',
  ];

  it.each(mutations)('refuses %s without a token', async (mutation) => {
    expect(errorCodes(await postGraphQL(api, mutation))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a wrong token, and every mutation when no token is configured', async () => {
    const wrong = await postGraphQL(api, mutations[0] ?? '', {}, { authorization: 'Bearer nope' });
    expect(errorCodes(wrong)).toEqual(['UNAUTHENTICATED']);
    const closed = createApi({ store, config: { token: undefined, corsOrigins: undefined } });
    expect(errorCodes(await postGraphQL(closed, mutations[0] ?? '', {}, AUTH))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('keeps reads open without a token', async () => {
    const result = await postGraphQL(api, '{ documents(first: 1) { totalCount } }');
    expect(result.errors).toBeUndefined();
  });
});

describe('ingestDocument', () => {
  it('ingests text, and again the same text without rewriting it', async () => {
    const source = `api-test-${randomUUID()}`;
    const text = `关于推进${randomHan()}实验室建设的通知\n一、建设实验室。(责任单位:市科技局)\n`;
    const mutation = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
      changed document { documentId source title text } } }`;
    const first = await postGraphQL(api, mutation, { input: { text, source } }, AUTH);
    expect(first.errors).toBeUndefined();
    expect(first.data?.ingestDocument.changed).toBe(true);
    expect(first.data?.ingestDocument.document).toMatchObject({ source, text });
    const again = await postGraphQL(api, mutation, { input: { text, source } }, AUTH);
    expect(again.data?.ingestDocument).toMatchObject({
      changed: false,
      document: { documentId: first.data?.ingestDocument.document.documentId },
    });
  });

  it('ingests an uploaded file (multipart request)', async () => {
    const body = new FormData();
    body.set(
      'operations',
      JSON.stringify({
        query:
          'mutation($file: File!) { ingestDocument(input: { file: $file }) { changed document { source format text } } }',
        variables: { file: null },
      }),
    );
    body.set('map', JSON.stringify({ 0: ['variables.file'] }));
    const text = `关于${randomHan()}的通知\n请认真贯彻执行。\n`;
    body.set('0', new File([text], `通知-${randomUUID().slice(0, 8)}.txt`, { type: 'text/plain' }));
    const response = await api.fetch('http://innograph.test/graphql', {
      method: 'POST',
      headers: { ...AUTH },
      body,
    });
    const result = await response.json();
    expect(result.errors).toBeUndefined();
    expect(result.data.ingestDocument.document.format).toBe('text');
    expect(result.data.ingestDocument.document.text).toContain('请认真贯彻执行');
  });

  it('rejects input with neither text nor file', async () => {
    const result = await postGraphQL(
      api,
      'mutation { ingestDocument(input: {}) { changed } }',
      {},
      AUTH,
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('curations', () => {
  it('merges two entities and keeps them merged when their documents are ingested again', async () => {
    const tag = randomHan();
    const keep = labDocument(`${tag}创新实验室`);
    const merge = labDocument(`${tag}实验室`);
    await save(keep);
    await save(merge);
    const keepKey = `Lab||${tag}创新实验室`;
    const mergeKey = `Lab||${tag}实验室`;
    const merged = await postGraphQL(
      api,
      'mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { key aliases curated } }',
      { keep: keepKey, merge: mergeKey },
      AUTH,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data?.mergeEntities).toEqual({
      key: keepKey,
      aliases: [`${tag}实验室`],
      curated: true,
    });

    await save(merge); // re-ingest: the merged key must land on the kept entity again
    const gone = await postGraphQL(api, ENTITY, { id: mergeKey });
    expect(gone.data?.entity).toBeNull();
    const kept = await postGraphQL(api, ENTITY, { id: keepKey });
    expect(
      kept.data?.entity.documents.map((d: { documentId: string }) => d.documentId).sort(),
    ).toEqual([keep.id, merge.id].sort());
  });

  it('refuses to merge entities marked different, and shows the mark', async () => {
    const { aKey, bKey } = await saveTwoLabs();
    const marked = await postGraphQL(
      api,
      'mutation($a: ID!, $b: ID!) { markDifferent(a: $a, b: $b) { a { key } b { key } } }',
      { a: aKey, b: bKey },
      AUTH,
    );
    expect(marked.errors).toBeUndefined();
    const entity = await postGraphQL(api, ENTITY, { id: aKey });
    expect(entity.data?.entity.differentFrom).toEqual([{ key: bKey }]);
    const merge = await postGraphQL(
      api,
      'mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { key } }',
      { keep: aKey, merge: bKey },
      AUTH,
    );
    expect(errorCodes(merge)).toEqual(['BAD_USER_INPUT']);
  });

  it('renames an entity, keeps the old name as an alias, and survives re-ingestion', async () => {
    const tag = randomHan();
    const doc = labDocument(`${tag}实验室`);
    await save(doc);
    const key = `Lab||${tag}实验室`;
    const renamed = await postGraphQL(
      api,
      'mutation($id: ID!, $name: String!) { renameEntity(id: $id, name: $name) { name aliases curated } }',
      { id: key, name: `${tag}重点实验室` },
      AUTH,
    );
    expect(renamed.data?.renameEntity).toEqual({
      name: `${tag}重点实验室`,
      aliases: [`${tag}实验室`],
      curated: true,
    });
    await save(doc);
    const after = await postGraphQL(api, ENTITY, { id: key });
    expect(after.data?.entity.name).toBe(`${tag}重点实验室`);
  });

  it('adds a curated relation that survives re-ingestion, and removes it', async () => {
    const { a, aKey, bKey } = await saveTwoLabs();
    const added = await postGraphQL(
      api,
      'mutation($input: AddRelationInput!) { addRelation(input: $input) { id type curated source { key } target { key } evidence { sentence } } }',
      { input: { source: aKey, target: bKey, type: 'CO_BUILDS' } },
      AUTH,
    );
    expect(added.data?.addRelation).toMatchObject({
      type: 'CO_BUILDS',
      curated: true,
      source: { key: aKey },
      target: { key: bKey },
      evidence: null,
    });
    await save(a);
    const after = await postGraphQL(api, ENTITY, { id: aKey });
    expect(after.data?.entity.relations).toEqual([
      expect.objectContaining({ id: added.data?.addRelation.id, curated: true }),
    ]);
    const REMOVE = 'mutation($id: ID!) { removeRelation(id: $id) { removedId } }';
    const removed = await postGraphQL(api, REMOVE, { id: added.data?.addRelation.id }, AUTH);
    expect(removed.errors).toBeUndefined();
    expect((await postGraphQL(api, ENTITY, { id: aKey })).data?.entity.relations).toEqual([]);
    expect(
      errorCodes(await postGraphQL(api, REMOVE, { id: added.data?.addRelation.id }, AUTH)),
    ).toEqual(['NOT_FOUND']);
  });

  it('keeps an extracted relation removed when its document is ingested again', async () => {
    const tag = randomHan();
    const doc = labDocument(`${tag}实验室`);
    const labKey = `Lab||${tag}实验室`;
    const parkKey = `Platform||${tag}科学城`;
    const text = `${doc.text}${tag}实验室位于${tag}科学城。\n`;
    const evidence = evidenceOf(text, `${tag}科学城`, 'relation.located_in');
    doc.text = text;
    doc.extraction.entities.push({
      key: parkKey,
      name: `${tag}科学城`,
      type: 'Platform',
      aliases: [],
      jurisdiction: null,
      collective: false,
      mentions: [evidence],
    });
    doc.extraction.relations.push({
      type: 'LOCATED_IN',
      from: { kind: 'entity', key: labKey },
      to: { kind: 'entity', key: parkKey },
      evidence,
    });
    await save(doc);
    const located = async () =>
      ((await postGraphQL(api, ENTITY, { id: labKey })).data?.entity.relations ?? []).filter(
        (r: { type: string }) => r.type === 'LOCATED_IN',
      ) as { id: string; curated: boolean }[];
    const [extracted] = await located();
    expect(extracted).toMatchObject({ curated: false });

    const REMOVE = 'mutation($id: ID!) { removeRelation(id: $id) { removedId } }';
    expect((await postGraphQL(api, REMOVE, { id: extracted?.id }, AUTH)).errors).toBeUndefined();
    await save(doc);
    expect(await located()).toEqual([]);

    // Adding it back by hand takes the removal back.
    const ADD = `mutation($s: ID!, $t: ID!) { addRelation(input: { source: $s, target: $t,
      type: LOCATED_IN }) { id } }`;
    expect((await postGraphQL(api, ADD, { s: labKey, t: parkKey }, AUTH)).errors).toBeUndefined();
    await save(doc);
    expect((await located()).map((r) => r.curated).sort()).toEqual([false, true]);
  });

  it('deletes a document with its facts, keeping entities other documents use', async () => {
    const tag = randomHan();
    const first = labDocument(`${tag}实验室`);
    const second = labDocument(`${tag}实验室`);
    await save(first);
    await save(second);
    const DELETE = 'mutation($id: ID!) { deleteDocument(id: $id) { deletedId } }';
    const deleted = await postGraphQL(api, DELETE, { id: first.id }, AUTH);
    expect(deleted.errors).toBeUndefined();
    expect(
      (await postGraphQL(api, `{ document(id: "${first.id}") { title } }`)).data?.document,
    ).toBeNull();
    const lab = await postGraphQL(api, ENTITY, { id: `Lab||${tag}实验室` });
    expect(lab.data?.entity.documents).toEqual([{ documentId: second.id }]);
    await postGraphQL(api, DELETE, { id: second.id }, AUTH);
    expect((await postGraphQL(api, ENTITY, { id: `Lab||${tag}实验室` })).data?.entity).toBeNull();
    expect(errorCodes(await postGraphQL(api, DELETE, { id: second.id }, AUTH))).toEqual([
      'NOT_FOUND',
    ]);
  });
});
