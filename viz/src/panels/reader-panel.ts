// Centre view: a document's original text with its entities, tasks, owners and targets
// highlighted (spans from `annotations`, UTF-16 offsets into `text`) and clickable; the
// sentence a "show in document" pointed at is marked and scrolled into view.
import type { Annotation, DocumentText } from '../api-types.js';
import { h, replaceChildren } from '../dom.js';
import { DOCUMENT_TEXT } from '../operations.js';
import type { SpanNode } from '../to-span-tree.js';
import { findSentenceEnd, toSpanTree } from '../to-span-tree.js';
import type { PanelDeps, PanelHandle } from './panel-deps.js';

type Mark = { kind: 'annotation'; annotation: Annotation } | { kind: 'focus' };

const KINDS = ['TASK', 'OWNER', 'ENTITY', 'TARGET'] as const;
const KIND_LABELS = {
  TASK: 'reader.tasks',
  OWNER: 'reader.owners',
  ENTITY: 'reader.entities',
  TARGET: 'reader.targets',
} as const;

export function mountReader(el: HTMLElement, deps: PanelDeps): PanelHandle {
  const { api, store, i18n, convert, documents } = deps;
  const head = h('div', { class: 'pane-head' });
  const page = h('article', {
    class: 'reader-text',
    attrs: { 'data-testid': 'reader-text', lang: 'zh' },
  });
  const root = h('div', { class: 'reader' }, head, h('div', { class: 'reader-scroll' }, page));
  el.append(root);
  let doc: DocumentText | null = null;
  let ticket = 0;

  function toggles(): HTMLElement {
    return h(
      'span',
      { class: 'reader-toggles' },
      i18n.t('reader.highlights'),
      ...KINDS.map((kind) => {
        const box = h('input', { attrs: { type: 'checkbox', checked: '' } });
        box.addEventListener('change', () =>
          root.classList.toggle(`hide-${kind.toLowerCase()}`, !box.checked),
        );
        return h(
          'label',
          { class: `toggle ann-${kind.toLowerCase()}` },
          box,
          i18n.t(KIND_LABELS[kind]),
        );
      }),
    );
  }

  // The open document is always a choice, even when it is not among the listed ones.
  function choices(): { documentId: string; title: string | null }[] {
    return doc && !documents.some((d) => d.documentId === doc?.documentId)
      ? [...documents, doc]
      : [...documents];
  }

  function renderHead(): void {
    const picker = h(
      'select',
      { attrs: { 'data-testid': 'reader-document' } },
      h('option', { attrs: { value: '' } }, '—'),
      ...choices().map((d) =>
        h('option', { attrs: { value: d.documentId } }, convert(d.title ?? d.documentId)),
      ),
    );
    picker.value = store.get().reading ?? '';
    picker.addEventListener('change', () => store.set({ reading: picker.value || null, at: null }));
    const meta = doc
      ? h(
          'dl',
          { class: 'doc-meta' },
          ...(
            [
              ['reader.issuer', doc.issuer],
              ['reader.number', doc.docNumber],
              ['reader.date', doc.date],
            ] as const
          )
            .filter(([, value]) => value)
            .flatMap(([key, value]) => [
              h('dt', {}, i18n.t(key)),
              h('dd', {}, convert(value ?? '')),
            ]),
        )
      : null;
    replaceChildren(head, h('div', { class: 'pane-title' }, picker, toggles()), meta);
  }

  function toNode(text: string, node: SpanNode<Mark>): HTMLElement {
    const el =
      node.value.kind === 'focus'
        ? h('span', { class: 'focus', attrs: { 'data-testid': 'reader-focus' } })
        : toAnnotationEl(node.value.annotation);
    let at = node.start;
    for (const child of node.children) {
      el.append(convert(text.slice(at, child.start)), toNode(text, child));
      at = child.end;
    }
    el.append(convert(text.slice(at, node.end)));
    return el;
  }

  function toAnnotationEl(annotation: Annotation): HTMLElement {
    const kind = annotation.kind.toLowerCase();
    const role = annotation.role ? ` ann-${annotation.role.toLowerCase()}` : '';
    const type = annotation.entityType ? ` type-${annotation.entityType.toLowerCase()}` : '';
    return h('span', {
      class: `ann ann-${kind}${role}${type}`,
      title: convert(annotation.label),
      dataset: { node: annotation.nodeId, kind: annotation.kind },
      on: {
        click: (event) => {
          event.stopPropagation();
          store.set({ selected: annotation.nodeId });
        },
      },
    });
  }

  function renderText(): void {
    if (!doc) return;
    const { text } = doc;
    const at = store.get().at;
    const marks: { start: number; end: number; value: Mark }[] = doc.annotations.map(
      (annotation) => ({
        start: annotation.start,
        end: annotation.end,
        value: { kind: 'annotation', annotation },
      }),
    );
    if (at !== null && at < text.length)
      marks.push({ start: at, end: findSentenceEnd(text, at), value: { kind: 'focus' } });
    const tree = toSpanTree(text.length, marks);
    const nodes: (HTMLElement | string)[] = [];
    let cursor = 0;
    for (const node of tree) {
      nodes.push(convert(text.slice(cursor, node.start)), toNode(text, node));
      cursor = node.end;
    }
    nodes.push(convert(text.slice(cursor)));
    replaceChildren(page, ...nodes);
    page.querySelector('.focus')?.scrollIntoView({ block: 'center' });
  }

  async function load(): Promise<void> {
    const documentId = store.get().reading;
    const mine = ++ticket;
    doc = null;
    renderHead();
    if (!documentId) {
      replaceChildren(page, h('p', { class: 'muted empty' }, i18n.t('reader.pick')));
      return;
    }
    replaceChildren(page, h('p', { class: 'muted empty' }, i18n.t('app.loading')));
    try {
      const data = await api.request(DOCUMENT_TEXT, { id: documentId });
      if (mine !== ticket) return;
      doc = data.document;
      renderHead();
      if (doc) renderText();
      else replaceChildren(page, h('p', { class: 'muted empty' }, i18n.t('reader.pick')));
    } catch (error) {
      if (mine === ticket)
        replaceChildren(
          page,
          h(
            'p',
            { class: 'error' },
            i18n.t('app.error', {
              message: error instanceof Error ? error.message : String(error),
            }),
          ),
        );
    }
  }

  void load();
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.reading !== previous.reading) void load();
    else if (next.at !== previous.at) renderText();
    // Scrolling does nothing while the view is hidden: redo it once it shows.
    if (next.view === 'reader' && previous.view !== 'reader') {
      requestAnimationFrame(() =>
        page.querySelector('.focus')?.scrollIntoView({ block: 'center' }),
      );
    }
  });
  return {
    destroy() {
      ticket++;
      unsubscribe();
      root.remove();
    },
  };
}
