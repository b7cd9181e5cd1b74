import type { Entity, Evidence } from '../model/extraction.js';
import type { EntityType } from '../model/vocabulary.js';
import { toEntityKey } from './entity-key.js';

/** Mentions kept per entity: enough for every task to cite it, bounded on runaway input. */
const MAX_MENTIONS = 500;

/** Entities by key, with the aliases that point at them. */
export class EntityRegistry {
  private readonly byKey = new Map<string, Entity>();
  private readonly byAlias = new Map<string, string>();
  private readonly agencyByName = new Map<string, string>();

  addAgency(
    key: string,
    name: string,
    jurisdiction: string | null,
    collective: boolean,
    evidence: () => Evidence,
  ): void {
    const entity = this.byKey.get(key);
    if (entity) {
      // The fullest written form names the body (启东市人民政府办公室 over 市政府办公室).
      if (name.length > entity.name.length) {
        // The shorter form stays as an alias (江西省科学技术厅 keeps 省科技厅).
        const shorter = entity.name;
        entity.name = name;
        this.pushAlias(entity, shorter);
      } else {
        this.pushAlias(entity, name);
      }
      if (entity.mentions.length < MAX_MENTIONS) entity.mentions.push(evidence());
    } else {
      this.byKey.set(key, {
        key,
        name,
        type: 'Agency',
        aliases: [],
        jurisdiction,
        collective,
        mentions: [evidence()],
      });
    }
    this.agencyByName.set(name, key);
  }

  /** Adds a mention of a non-agency name; returns the key it landed on. */
  addNamed(type: EntityType, name: string, evidence: () => Evidence): string {
    // A park named as a task owner stays the Agency it was there (启东经济开发区).
    const agencyKey = this.agencyByName.get(name);
    const key = agencyKey ?? this.byAlias.get(`${type}|${name}`) ?? toEntityKey(type, name, null);
    const entity = this.byKey.get(key);
    if (entity) {
      if (name !== entity.name) this.pushAlias(entity, name);
      if (entity.mentions.length < MAX_MENTIONS) entity.mentions.push(evidence());
      return key;
    }
    this.byKey.set(key, {
      key,
      name,
      type,
      aliases: [],
      jurisdiction: null,
      collective: false,
      mentions: [evidence()],
    });
    return key;
  }

  addAlias(key: string, alias: string): void {
    const entity = this.byKey.get(key);
    if (!entity) return;
    this.pushAlias(entity, alias);
    this.byAlias.set(`${entity.type}|${alias}`, key);
  }

  toEntities(): Entity[] {
    return [...this.byKey.values()];
  }

  private pushAlias(entity: Entity, alias: string): void {
    if (alias !== entity.name && !entity.aliases.includes(alias)) entity.aliases.push(alias);
  }
}
