import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../viz/src/i18n.js';
import { NODE_KINDS } from '../../viz/src/node-kinds.js';
import type { ViewState } from '../../viz/src/url-state.js';
import {
  DEFAULT_LIMIT,
  DEFAULT_STATE,
  LAYOUTS,
  SCRIPTS,
  VIEWS,
  decodeState,
  encodeState,
} from '../../viz/src/url-state.js';

const id = fc.oneof(
  fc.base64String({ minLength: 4, maxLength: 40 }),
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.constantFrom('Agency|启东市|市科技局', 'Lab||嘉庚创新实验室', '12.3'),
);
const nullable = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });
const text = fc.string({ minLength: 1, maxLength: 12 });

const state: fc.Arbitrary<ViewState> = fc.record({
  view: fc.constantFrom(...VIEWS),
  selected: nullable(id),
  expanded: fc.uniqueArray(fc.record({ id, limit: fc.integer({ min: 1, max: 500 }) }), {
    selector: (e) => e.id,
    maxLength: 6,
  }),
  removed: fc.uniqueArray(id, { maxLength: 4 }),
  hiddenKinds: fc.uniqueArray(fc.constantFrom(...NODE_KINDS), { maxLength: 4 }),
  jurisdiction: nullable(text),
  documentId: nullable(text),
  reading: nullable(text),
  layout: fc.constantFrom(...LAYOUTS),
  pathFrom: nullable(id),
  pathTo: nullable(id),
  metric: nullable(text),
  at: nullable(fc.integer({ min: 0, max: 1_000_000 })),
  language: fc.constantFrom(...LANGUAGES),
  script: fc.constantFrom(...SCRIPTS),
});

describe('encodeState / decodeState', () => {
  it('round-trips any state', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(decodeState(encodeState(s))).toEqual(s);
        expect(decodeState(`#${encodeState(s)}`)).toEqual(s);
      }),
    );
  });

  it('writes nothing for the default state', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  it('keeps the default neighbour limit out of the link', () => {
    const hash = encodeState({
      ...DEFAULT_STATE,
      expanded: [
        { id: 'QWdlbmN5Og==', limit: DEFAULT_LIMIT },
        { id: 'TGFiOg==', limit: 160 },
      ],
    });
    expect(new URLSearchParams(hash).getAll('x')).toEqual(['QWdlbmN5Og==', '160.TGFiOg==']);
  });

  it('falls back to defaults for unknown or malformed values', () => {
    const decoded = decodeState(
      'view=nope&layout=spiral&lang=fr&script=x&hide=LAB,BOGUS&at=-3&x=&rm=',
    );
    expect(decoded).toEqual({ ...DEFAULT_STATE, hiddenKinds: ['LAB'] });
  });

  it('reads a Chinese jurisdiction and a base64 id from a percent-encoded hash', () => {
    const decoded = decodeState(
      `#j=${encodeURIComponent('启东市')}&sel=${encodeURIComponent('QWdlbmN5OkFnZW5jeXzlkK/kuJzluIJ85biC56eR5oqA5bGA')}`,
    );
    expect(decoded.jurisdiction).toBe('启东市');
    expect(decoded.selected).toBe('QWdlbmN5OkFnZW5jeXzlkK/kuJzluIJ85biC56eR5oqA5bGA');
  });
});
