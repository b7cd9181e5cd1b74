import type { EntityType } from '../model/vocabulary.js';
import { toCanonicalAgencyName } from './canonical-agency-name.js';

/**
 * Identity of an entity across documents. Agencies are keyed by jurisdiction, so 市科技局 of
 * 启东市 and 市科技局 of 厦门市 stay two nodes; other entities by their simplified name.
 * ('Agency', '市科学技术局', '启东市') → 'Agency|启东市|市科技局'
 */
export function toEntityKey(type: EntityType, name: string, jurisdiction: string | null): string {
  if (type === 'Agency') return `Agency|${jurisdiction ?? ''}|${toCanonicalAgencyName(name)}`;
  return `${type}||${name}`;
}
