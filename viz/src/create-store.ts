// The viewer's single state: a ViewState plus listeners. Panels read it and ask for changes;
// main.ts mirrors it into the URL hash, so whatever is on screen is also in the link.
import type { ViewState } from './url-state.js';

export type Listener = (state: ViewState, previous: ViewState) => void;

export interface Store {
  get(): ViewState;
  set(patch: Partial<ViewState>): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: ViewState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(patch) {
      const previous = state;
      const next = { ...state, ...patch };
      const changed = (Object.keys(patch) as (keyof ViewState)[]).some(
        (key) => previous[key] !== next[key],
      );
      if (!changed) return;
      state = next;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
