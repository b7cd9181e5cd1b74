import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import type { GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, ENTITY_KINDS, NODE_KINDS } from '../../viz/src/node-kinds.js';
import { OPERATIONS } from '../../viz/src/operations.js';

const schemaDir = join(import.meta.dirname, '../../api/schema');
const sdl = readdirSync(schemaDir)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => readFileSync(join(schemaDir, file), 'utf8'))
  .join('\n');
const schema = buildSchema(sdl);

function enumValues(name: string): string[] {
  const type = schema.getType(name) as GraphQLEnumType | undefined;
  return type?.getValues().map((value) => value.name) ?? [];
}

describe('viewer operations', () => {
  it.each(OPERATIONS.map((op) => [op.name, op] as const))(
    '%s validates against the SDL',
    (_name, op) => {
      const errors = validate(schema, parse(op.document));
      expect(errors.map((error) => error.message)).toEqual([]);
    },
  );

  it('names each operation as its document does', () => {
    for (const op of OPERATIONS) expect(op.document).toContain(`query ${op.name}(`);
  });
});

describe('viewer kinds', () => {
  it('mirror the NodeType, EntityType and RelationshipType enums', () => {
    expect([...NODE_KINDS].sort()).toEqual(enumValues('NodeType').sort());
    expect([...ENTITY_KINDS].sort()).toEqual(enumValues('EntityType').sort());
    expect([...EDGE_KINDS].sort()).toEqual(enumValues('RelationshipType').sort());
  });
});
