import { describe, expect, it } from 'vitest';
import {
  EDGE_KIND_NAMES,
  LANGUAGES,
  MESSAGES,
  NODE_KIND_NAMES,
  PROPERTY_NAMES,
  createI18n,
} from '../../viz/src/i18n.js';
import { EDGE_KINDS, NODE_KINDS } from '../../viz/src/node-kinds.js';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('i18n', () => {
  it('has every message in every language, non-empty, with the same placeholders', () => {
    const keys = Object.keys(MESSAGES.zh).sort();
    for (const language of LANGUAGES) {
      expect(Object.keys(MESSAGES[language]).sort()).toEqual(keys);
      for (const key of keys) {
        const text = MESSAGES[language][key as keyof (typeof MESSAGES)['zh']];
        expect(text.trim(), `${language} ${key}`).not.toBe('');
        expect(placeholders(text), `${language} ${key}`).toEqual(
          placeholders(MESSAGES.zh[key as keyof (typeof MESSAGES)['zh']]),
        );
      }
    }
  });

  it('names every node and edge kind in every language', () => {
    for (const language of LANGUAGES) {
      for (const kind of NODE_KINDS) expect(NODE_KIND_NAMES[language][kind]).toBeTruthy();
      for (const kind of EDGE_KINDS) expect(EDGE_KIND_NAMES[language][kind]).toBeTruthy();
    }
  });

  it('names the same properties in every language and shows unknown ones as they are', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(PROPERTY_NAMES[language]).sort()).toEqual(
        Object.keys(PROPERTY_NAMES.zh).sort(),
      );
    }
    expect(createI18n('zh').property('docNumber')).toBe('文号');
    expect(createI18n('en').property('someNewKey')).toBe('someNewKey');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const zh = createI18n('zh');
    expect(zh.t('graph.count', { nodes: 3, edges: 2 })).toBe('3 个节点，2 条关系');
    expect(createI18n('en').t('graph.count', { nodes: 3 })).toBe('3 nodes, {edges} relationships');
    expect(zh.nodeKind('AGENCY')).toBe('机构');
  });
});
