import type { Entity } from '../model/extraction.js';

/**
 * One entity for a name written with and without its city: 厦门市自然科学基金 and
 * 市自然科学基金 (or 自然科学基金) in a 厦门市 document are one programme; the longer name
 * stays, the shorter becomes its alias. Agencies are already keyed by jurisdiction.
 */
export function mergePlaceVariants(entities: Entity[], jurisdiction: string | null): Entity[] {
  if (!jurisdiction || jurisdiction.length < 2) return entities;
  const stem = jurisdiction.slice(0, -1);
  const level = jurisdiction.slice(-1);
  const prefixes = [jurisdiction, stem, level].filter((p) => p.length > 0);
  const byName = new Map<string, Entity>();
  for (const entity of entities)
    if (entity.type !== 'Agency') byName.set(`${entity.type}|${entity.name}`, entity);
  const merged = new Set<Entity>();
  for (const entity of entities) {
    if (entity.type === 'Agency' || merged.has(entity)) continue;
    for (const prefix of prefixes) {
      if (!entity.name.startsWith(prefix) || entity.name.length - prefix.length < 3) continue;
      const shorter = byName.get(`${entity.type}|${entity.name.slice(prefix.length)}`);
      if (!shorter || shorter === entity || merged.has(shorter)) continue;
      for (const alias of [shorter.name, ...shorter.aliases]) {
        if (alias !== entity.name && !entity.aliases.includes(alias)) entity.aliases.push(alias);
      }
      entity.mentions.push(...shorter.mentions);
      merged.add(shorter);
    }
  }
  return entities.filter((entity) => !merged.has(entity));
}
