import type { DocumentMeta, Entity, Evidence, Task } from '../model/extraction.js';
import type { EntityType } from '../model/vocabulary.js';
import { toEntityKey } from './entity-key.js';
import { findAgencyNames } from './find-agency-names.js';
import { findAliasAfter, toInnerAliases } from './find-aliases.js';
import {
  findInstituteNames,
  findListedNames,
  findPolicyTitles,
  findSuffixNames,
  type NameCandidate,
} from './find-entity-candidates.js';
import { findOwnerClauseMask } from './find-owner-clause-mask.js';
import { findQuotedSpans } from './find-quoted-spans.js';
import { isAcceptableName } from './is-acceptable-name.js';
import { mergeNameVariants } from './merge-name-variants.js';
import type { NormalisedText } from './normalised-text.js';
import { toEvidence } from './to-evidence.js';

/** Mentions kept per entity: enough for every task to cite it, bounded on runaway input. */
const MAX_MENTIONS = 500;

export interface EntityContext {
  document: DocumentMeta;
  tasks: Task[];
}

/**
 * Named entities with their types, aliases and mentions: names read from the text by their
 * suffixes, 《titles》, listed names and agencies, plus the agencies that own tasks and the
 * document's issuer. Entities meet on their key, so a name said twice is one entity.
 * '高标准建设嘉庚创新实验室' → [{ key: 'Lab||嘉庚创新实验室', name: '嘉庚创新实验室', type: 'Lab' }]
 */
export function extractEntities(text: NormalisedText, context: EntityContext): Entity[] {
  const clean = text.clean;
  const jurisdiction = context.document.jurisdiction;
  const registry = new EntityRegistry();

  // Owners and the issuer first: their names decide the type when the text repeats them.
  for (const task of context.tasks) {
    for (const agency of task.agencies) {
      registry.addAgency(
        agency.entityKey,
        agency.name,
        jurisdiction,
        agency.collective,
        () => agency.evidence,
      );
      // 市科创委成员单位 holds many bodies, but names one: 市科创委.
      const body = agency.collective ? /^(.{2,})成员单位$/.exec(agency.name)?.[1] : undefined;
      if (body) {
        const key = toEntityKey('Agency', body, jurisdiction);
        registry.addAgency(key, body, jurisdiction, false, () => agency.evidence);
      }
    }
  }
  const issuer = context.document.issuer;
  if (issuer) {
    const at = clean.indexOf(issuer);
    const evidence =
      at === -1
        ? toEvidence(text, 0, 0, 'inferred', 'entity.issuer')
        : toEvidence(text, at, at + issuer.length, 'exact', 'entity.issuer');
    const issuerJurisdiction = toAgencyJurisdiction(issuer, readPlace(issuer), jurisdiction);
    registry.addAgency(
      toEntityKey('Agency', issuer, issuerJurisdiction),
      issuer,
      issuerJurisdiction,
      false,
      () => evidence,
    );
  }

  const quotes = findQuotedSpans(clean);
  const skip = findOwnerClauseMask(clean);
  const candidates: NameCandidate[] = [
    ...findSuffixNames(clean, quotes, skip),
    ...findPolicyTitles(clean, quotes),
    ...findListedNames(clean, skip),
    ...findInstituteNames(clean, skip),
    ...findAgencyNames(clean, skip).map((agency): NameCandidate => ({
      start: agency.start,
      end: agency.end,
      name: agency.name,
      type: 'Agency',
      rule: 'entity.agency',
      quoted: false,
      ...(agency.place ? { place: agency.place } : {}),
    })),
  ];
  for (const candidate of toOutermost(candidates.filter((c) => isAcceptableName(clean, c)))) {
    const match =
      clean.slice(candidate.start, candidate.end) === candidate.name ? 'exact' : 'normalised';
    const evidence = () => toEvidence(text, candidate.start, candidate.end, match, candidate.rule);
    if (candidate.type === 'Agency') {
      // The place a name carries (福建省人民政府) is its jurisdiction; 市… means the document's.
      const agencyJurisdiction = toAgencyJurisdiction(
        candidate.name,
        candidate.place,
        jurisdiction,
      );
      const key = toEntityKey('Agency', candidate.name, agencyJurisdiction);
      registry.addAgency(key, candidate.name, agencyJurisdiction, false, evidence);
      continue;
    }
    const key = registry.addNamed(candidate.type, candidate.name, evidence);
    if (candidate.alias) registry.addAlias(key, candidate.alias);
    for (const alias of toInnerAliases(candidate.name)) registry.addAlias(key, alias);
    const stated = findAliasAfter(clean, candidate.end);
    if (stated) registry.addAlias(key, stated);
  }
  return mergeNameVariants(registry.toEntities(), jurisdiction);
}

/**
 * The jurisdiction an agency's key uses: the document's when the name holds it (广州市黄埔区
 * 科学技术局 in a 黄埔区 document), else the place the name starts with, else the document's.
 */
function toAgencyJurisdiction(
  name: string,
  place: string | null | undefined,
  jurisdiction: string | null,
): string | null {
  if (jurisdiction && name.includes(jurisdiction)) return jurisdiction;
  return place ?? jurisdiction;
}

/** 福建省人民政府 → 福建省; 市政府 → null */
function readPlace(name: string): string | null {
  const match = /^(?:中共)?([\u4e00-\u9fff]{2,4}?[省市区县])/.exec(name);
  const place = match?.[1] ?? null;
  return place && !/^[省市区县]/.test(place) ? place : null;
}

/**
 * Drops candidates lying inside a longer one (科学城 inside 科学城顶尖科学家创新中心), except
 * bodies named inside a cited title (《中共福建省委、福建省人民政府关于…的意见》).
 */
function toOutermost(candidates: NameCandidate[]): NameCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NameCandidate[] = [];
  let reach = -1;
  let titleReach = -1;
  for (const candidate of sorted) {
    if (candidate.end <= titleReach && candidate.type !== 'Agency') continue;
    if (candidate.end <= reach && candidate.end > titleReach) continue;
    kept.push(candidate);
    if (candidate.type === 'Policy') titleReach = Math.max(titleReach, candidate.end);
    else reach = Math.max(reach, candidate.end);
  }
  return kept;
}

/** Entities by key, with the aliases that point at them. */
class EntityRegistry {
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
        this.pushAlias(entity, entity.name);
        entity.name = name;
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
