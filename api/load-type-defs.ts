import { readdirSync, readFileSync } from 'node:fs';

const SCHEMA_FOLDER = new URL('./schema/', import.meta.url);

/** The SDL, schema-first: every .graphql file of api/schema, in name order. */
export function loadTypeDefs(): string[] {
  return readdirSync(SCHEMA_FOLDER)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(new URL(name, SCHEMA_FOLDER), 'utf8'));
}
