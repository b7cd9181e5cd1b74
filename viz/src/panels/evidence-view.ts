// One evidence sentence with the matched words marked, its match kind and rule, and a
// "show in document" button. The marked words are cut by offsets, then added as text nodes.
import type { Evidence } from '../api-types.js';
import { h } from '../dom.js';
import type { PanelDeps } from './panel-deps.js';

export function toEvidenceView(
  evidence: Evidence,
  deps: Pick<PanelDeps, 'i18n' | 'convert' | 'store'>,
): HTMLElement {
  const { i18n, convert, store } = deps;
  const { sentence, sentenceStart, start, end } = evidence;
  const from = Math.max(0, Math.min(sentence.length, start - sentenceStart));
  const to = Math.max(from, Math.min(sentence.length, end - sentenceStart));
  const quote = h(
    'blockquote',
    { class: 'evidence-sentence' },
    convert(sentence.slice(0, from)),
    h('mark', {}, convert(sentence.slice(from, to))),
    convert(sentence.slice(to)),
  );
  const show = h(
    'button',
    {
      class: 'link-button',
      attrs: { type: 'button', 'data-testid': 'show-in-document' },
      on: {
        click: () => store.set({ view: 'reader', reading: evidence.documentId, at: sentenceStart }),
      },
    },
    i18n.t('details.showInDocument'),
  );
  return h(
    'div',
    { class: 'evidence' },
    quote,
    h(
      'div',
      { class: 'evidence-meta' },
      h(
        'span',
        {},
        i18n.t('details.match', { match: evidence.match.toLowerCase(), rule: evidence.rule }),
      ),
      show,
    ),
  );
}
