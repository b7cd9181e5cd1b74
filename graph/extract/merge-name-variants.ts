import type { Entity } from '../model/extraction.js';

/** A plan's span in its name: 科技强市三年行动 is 科技强市行动. */
const DURATION = /[一二三四五六七八九十两]年(?=行动|计划|工程)/;

/**
 * One entity for a name written with and without its city or its span: 厦门市自然科学基金 and
 * 市自然科学基金 in a 厦门市 document are one programme, as are 科技强市行动 and
 * 科技强市三年行动; the name met first (or the longer) stays, the other becomes its alias.
 * Agencies are already keyed by jurisdiction.
 */
export function mergeNameVariants(entities: Entity[], jurisdiction: string | null): Entity[] {
  const byName = new Map<string, Entity>();
  for (const entity of entities) {
    if (entity.type !== 'Agency') byName.set(`${entity.type}|${entity.name}`, entity);
  }
  const merged = new Set<Entity>();
  for (const entity of entities) {
    if (entity.type !== 'Program' || !DURATION.test(entity.name)) continue;
    const plain = byName.get(`${entity.type}|${entity.name.replace(DURATION, '')}`);
    if (plain && plain !== entity) {
      absorb(plain, entity);
      merged.add(entity);
    }
  }
  if (!jurisdiction || jurisdiction.length < 2) return entities.filter((e) => !merged.has(e));
  const stem = jurisdiction.slice(0, -1);
  const level = jurisdiction.slice(-1);
  const prefixes = [jurisdiction, stem, level].filter((p) => p.length > 0);
  for (const entity of entities) {
    if (entity.type === 'Agency' || merged.has(entity)) continue;
    for (const prefix of prefixes) {
      if (!entity.name.startsWith(prefix) || entity.name.length - prefix.length < 3) continue;
      const shorter = byName.get(`${entity.type}|${entity.name.slice(prefix.length)}`);
      if (!shorter || shorter === entity || merged.has(shorter)) continue;
      absorb(entity, shorter);
      merged.add(shorter);
    }
  }
  return entities.filter((entity) => !merged.has(entity));
}

/** `into` takes over the names and mentions of `from`. */
function absorb(into: Entity, from: Entity): void {
  for (const alias of [from.name, ...from.aliases]) {
    if (alias !== into.name && !into.aliases.includes(alias)) into.aliases.push(alias);
  }
  into.mentions.push(...from.mentions);
}
