import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../api/create-api.js';
import { toGlobalId } from '../../api/global-id.js';
import type { Store } from '../../graph/store/open-store.js';
import { findAssignmentsByTaskIds } from '../../graph/store/read-assignments.js';
import { findResponsibilityMatrix } from '../../graph/store/read-matrix.js';
import { saveDocument } from '../../graph/store/save-document.js';
import { ensureSchema } from '../../graph/store/schema.js';
import { openTestStore } from '../support/open-test-store.js';
import { postGraphQL } from '../api/api-client.js';
import { makeEntity, makeExtraction, makeOwner, makeTask } from './make-extraction.js';

let store: Store;
const FIRST_SAVE_TIMEOUT_MS = 180_000;

beforeAll(async () => {
  store = openTestStore();
  await ensureSchema(store);
});

afterAll(async () => {
  await store.close();
});

describe('owner reads', () => {
  it(
    'keep a university named as an owner beside the agencies, typed as the Institution it is',
    async () => {
      const run = randomUUID().slice(0, 8);
      const id = `doc:owners-${run}`;
      const agency = makeEntity('Agency', '市科技局', { jurisdiction: `甲市${run}` });
      const university = makeEntity('Institution', `甲${run}大学`);
      const extraction = makeExtraction({ jurisdiction: `甲市${run}` });
      extraction.entities.push(agency, university);
      extraction.tasks.push(
        makeTask('t1', '共建联合实验室', [
          makeOwner(agency, 'lead'),
          makeOwner(university, 'support'),
        ]),
      );
      await saveDocument(store, {
        id,
        source: `${id}.txt`,
        format: 'text',
        contentHash: run,
        text: '共建联合实验室。',
        extraction,
      });

      const owners = await findAssignmentsByTaskIds(store, [`${id}#t1`]);
      expect(
        owners.map((row) => [row.agency?.name, row.agency?.type, row.assignment.role]),
      ).toEqual([
        ['市科技局', 'Agency', 'lead'],
        [university.name, 'Institution', 'support'],
      ]);
      const matrix = await findResponsibilityMatrix(store, { documentId: id });
      expect(matrix.agencies.map((row) => row.agency.name).sort()).toEqual(
        ['市科技局', university.name].sort(),
      );
      // Through the API the owner is typed as what it is.
      const api = createApi({ store, config: { token: undefined, corsOrigins: undefined } });
      const result = await postGraphQL(
        api,
        'query($id: ID!) { document(id: $id) { tasks { owners { role owner { __typename name } } } } }',
        { id: toGlobalId('Document', id) },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        document: {
          tasks: [
            {
              owners: [
                { role: 'LEAD', owner: { __typename: 'Agency', name: '市科技局' } },
                { role: 'SUPPORT', owner: { __typename: 'Institution', name: university.name } },
              ],
            },
          ],
        },
      });
    },
    FIRST_SAVE_TIMEOUT_MS,
  );
});
