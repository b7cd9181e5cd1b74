import type { DocumentMeta, Entity, Task } from '../model/extraction.js';
import { EntityRegistry } from './entity-registry.js';
import { toEntityKey } from './entity-key.js';
import { findAgencyNames } from './find-agency-names.js';
import { findAliasAfter, toInnerAliases } from './find-aliases.js';
import { findInstituteNames } from './find-institute-names.js';
import { findListedNames } from './find-listed-names.js';
import { findPolicyTitles } from './find-policy-titles.js';
import { findSuffixNames } from './find-suffix-names.js';
import type { NameCandidate } from './name-candidate.js';
import { findOwnerClauseMask } from './find-owner-clause-mask.js';
import { findQuotedSpans } from './find-quoted-spans.js';
import { isAcceptableName } from './is-acceptable-name.js';
import { mergeNameVariants } from './merge-name-variants.js';
import type { NormalisedText } from './normalised-text.js';
import { toEvidence } from './to-evidence.js';

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
      // A university named as an owner is the Institution it is (see toOwnerKey).
      if (!agency.entityKey.startsWith('Agency|')) {
        registry.addNamed('Institution', agency.name, () => agency.evidence);
        continue;
      }
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
  const ownTitle = toTitleCore(context.document.title);
  for (const candidate of toOutermost(candidates.filter((c) => isAcceptableName(clean, c)))) {
    // 印发南宁市加快…三年行动计划的通知: the plan named is this document, not a programme in it.
    if (candidate.type === 'Program' && ownTitle.endsWith(toTitleCore(candidate.name))) continue;
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

/**
 * A title without its period and quotes, to compare names with: '某市三年行动计划(2024—2026年)'
 * → '某市三年行动计划'. Without a title, a string that ends with no name.
 */
function toTitleCore(title: string | null): string {
  if (!title) return '\u0000';
  return title.replace(/[“”‘’"《》\s]/g, '').replace(/\([^()]*\d{4}[^()]*\)$/, '');
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
