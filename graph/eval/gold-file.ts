import { z } from 'zod';
import { COMPARATORS, ENTITY_TYPES, OWNER_ROLES, TARGET_KINDS } from '../model/vocabulary.js';

// The hand annotations of test/fixtures/gold (format in SCHEMA.md), checked on read so a typo
// in a gold file fails loudly instead of silently lowering a score.
const goldAgency = z.object({ name: z.string(), role: z.enum(OWNER_ROLES) });

const goldTask = z.object({
  number: z.string(),
  section: z.string(),
  title: z.string(),
  agencies: z.array(goldAgency).default([]),
});

const goldTarget = z.object({
  metric: z.string(),
  value: z.number(),
  unit: z.string(),
  year: z.number().int().nullable(),
  comparator: z.enum(COMPARATORS),
  kind: z.enum(TARGET_KINDS),
});

const goldEntity = z.object({
  name: z.string(),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string()).default([]),
  collective: z.boolean().optional(),
});

const goldDocument = z.object({
  title: z.string().nullable(),
  issuer: z.string().nullable(),
  docNumber: z.string().nullable(),
  date: z.string().nullable(),
  jurisdiction: z.string().nullable(),
});

export const goldFileSchema = z.object({
  file: z.string(),
  document: goldDocument,
  tasks: z.array(goldTask),
  targets: z.array(goldTarget),
  entities: z.array(goldEntity),
  mustNotExtract: z.array(z.string()).default([]),
  notes: z.string().optional(),
});

export type GoldFile = z.infer<typeof goldFileSchema>;
export type GoldTask = z.infer<typeof goldTask>;
export type GoldTarget = z.infer<typeof goldTarget>;
export type GoldEntity = z.infer<typeof goldEntity>;

/** JSON value → GoldFile, or throws with the path of the first bad field. */
export function parseGoldFile(json: unknown): GoldFile {
  return goldFileSchema.parse(json);
}
