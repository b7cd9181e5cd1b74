// Pure encode/decode of what the viewer shows, kept in the URL's hash so a link reopens the same
// picture: the view, the selection, the filters, the expanded nodes (each with its neighbour
// limit), removed nodes, the layout, the path ends, the language and the script.
import type { Language } from './i18n.js';
import { parseLanguage } from './i18n.js';
import type { NodeKind } from './node-kinds.js';
import { parseNodeKind } from './node-kinds.js';

export const VIEWS = ['graph', 'ownership', 'reader', 'targets'] as const;
export type ViewName = (typeof VIEWS)[number];

export const LAYOUTS = ['fcose', 'breadthfirst', 'concentric', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const SCRIPTS = ['original', 'simplified', 'traditional'] as const;
export type Script = (typeof SCRIPTS)[number];

/** A node whose neighbours were fetched, and how many per node were asked for. */
export interface Expansion {
  id: string;
  limit: number;
}

export interface ViewState {
  view: ViewName;
  selected: string | null;
  expanded: Expansion[];
  removed: string[];
  hiddenKinds: NodeKind[];
  jurisdiction: string | null;
  /** The document filter: narrows the graph, scopes the ownership matrix. */
  documentId: string | null;
  /** The document open in the reader (apart from the filter, so reading does not narrow the graph). */
  reading: string | null;
  layout: LayoutName;
  /** Path ends, both set once a path was asked for. */
  pathFrom: string | null;
  pathTo: string | null;
  metric: string | null;
  /** Reader: offset in the document text to scroll to and mark. */
  at: number | null;
  language: Language;
  script: Script;
}

export const DEFAULT_LIMIT = 40;

export const DEFAULT_STATE: Readonly<ViewState> = {
  view: 'graph',
  selected: null,
  expanded: [],
  removed: [],
  hiddenKinds: [],
  jurisdiction: null,
  documentId: null,
  reading: null,
  layout: 'fcose',
  pathFrom: null,
  pathTo: null,
  metric: null,
  at: null,
  language: 'zh',
  script: 'original',
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

const LIMIT_PREFIX = /^(\d{1,4})\.(.+)$/;

// `120.QWdlbmN5Ol…` → limit 120; a bare id has the default limit. Base64 ids have no dot, so
// they never look prefixed; any other id that does gets an explicit prefix.
function encodeExpansion({ id, limit }: Expansion): string {
  return limit === DEFAULT_LIMIT && !LIMIT_PREFIX.test(id) ? id : `${limit}.${id}`;
}

function parseExpansion(value: string): Expansion | null {
  if (value === '') return null;
  const match = LIMIT_PREFIX.exec(value);
  if (match?.[1] !== undefined && match[2] !== undefined) {
    const limit = Number(match[1]);
    return { id: match[2], limit: limit > 0 ? limit : DEFAULT_LIMIT };
  }
  return { id: value, limit: DEFAULT_LIMIT };
}

/** The hash fragment (without `#`) for a state; defaults are left out to keep links short. */
export function encodeState(state: ViewState): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | null, fallback: string | null): void => {
    if (value !== null && value !== fallback) params.set(key, value);
  };
  set('view', state.view, DEFAULT_STATE.view);
  set('lang', state.language, DEFAULT_STATE.language);
  set('script', state.script, DEFAULT_STATE.script);
  set('layout', state.layout, DEFAULT_STATE.layout);
  set('sel', state.selected, null);
  set('j', state.jurisdiction, null);
  set('doc', state.documentId, null);
  set('read', state.reading, null);
  set('from', state.pathFrom, null);
  set('to', state.pathTo, null);
  set('metric', state.metric, null);
  set('at', state.at === null ? null : String(state.at), null);
  if (state.hiddenKinds.length > 0) params.set('hide', state.hiddenKinds.join(','));
  for (const expansion of state.expanded) params.append('x', encodeExpansion(expansion));
  for (const id of state.removed) params.append('rm', id);
  return params.toString();
}

/** Reads a hash (with or without `#`); anything unknown or malformed falls back to the default. */
export function decodeState(hash: string): ViewState {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const text = (key: string): string | null => {
    const value = params.get(key);
    return value === null || value === '' ? null : value;
  };
  const at = Number(text('at'));
  const expanded: Expansion[] = [];
  for (const value of params.getAll('x')) {
    const expansion = parseExpansion(value);
    if (expansion && !expanded.some((e) => e.id === expansion.id)) expanded.push(expansion);
  }
  return {
    view: oneOf(VIEWS, text('view')) ?? DEFAULT_STATE.view,
    selected: text('sel'),
    expanded,
    removed: [...new Set(params.getAll('rm').filter((id) => id !== ''))],
    hiddenKinds: [
      ...new Set(
        (text('hide') ?? '')
          .split(',')
          .map(parseNodeKind)
          .filter((kind): kind is NodeKind => kind !== null),
      ),
    ],
    jurisdiction: text('j'),
    documentId: text('doc'),
    reading: text('read'),
    layout: oneOf(LAYOUTS, text('layout')) ?? DEFAULT_STATE.layout,
    pathFrom: text('from'),
    pathTo: text('to'),
    metric: text('metric'),
    at: Number.isInteger(at) && at >= 0 && text('at') !== null ? at : null,
    language: parseLanguage(text('lang')) ?? DEFAULT_STATE.language,
    script: oneOf(SCRIPTS, text('script')) ?? DEFAULT_STATE.script,
  };
}
