import type { ApiClient } from '../api-client.js';
import type { DocumentSummary } from '../api-types.js';
import type { GraphController } from '../graph-controller.js';
import type { GraphView } from '../graph-view.js';
import type { I18n } from '../i18n.js';
import type { Store } from '../create-store.js';

/** What every panel may use. Panels never fetch except through `api`. */
export interface PanelDeps {
  api: ApiClient;
  store: Store;
  i18n: I18n;
  /** Simplified/traditional display conversion of text from documents. */
  convert(text: string): string;
  view: GraphView;
  controller: GraphController;
  documents: readonly DocumentSummary[];
}

export interface PanelHandle {
  destroy(): void;
}
