import type { Store } from '../graph/store/open-store.js';
import type { ReadPlan } from '../graph/store/read-plan.js';
import type { Loaders } from './create-loaders.js';

/** What every resolver gets: the store, this request's loaders, and whether it may write. */
export interface ApiContext {
  store: Store;
  loaders: Loaders;
  /** The properties this request's reads return (to-read-plan.ts); loaders already use it. */
  readPlan: ReadPlan;
  /** True when the request carried the configured bearer token. */
  authorized: boolean;
}
