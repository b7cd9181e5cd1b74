// Centre view: the responsibility matrix (tasks × agencies, lead/support) for the chosen
// document or jurisdiction, sortable, with a click on a cell opening the task and its source
// clause, per-agency workload totals and the API's CSV/XLSX exports.
import type { ResponsibilityMatrix, TaskRow } from '../api-types.js';
import { h, replaceChildren } from '../dom.js';
import type { AgencySort, MatrixTable } from '../to-matrix-table.js';
import { AGENCY_SORTS, cellKey, toMatrixTable } from '../to-matrix-table.js';
import { RESPONSIBILITY_MATRIX } from '../operations.js';
import { toEvidenceView } from './evidence-view.js';
import type { PanelDeps, PanelHandle } from './panel-deps.js';

export function mountOwnership(el: HTMLElement, deps: PanelDeps): PanelHandle {
  const { api, store, i18n, convert } = deps;
  const head = h('div', { class: 'pane-head' });
  const table = h('div', { class: 'matrix-scroll' });
  const card = h('aside', { class: 'task-card', attrs: { 'data-testid': 'task-card' } });
  const root = h(
    'div',
    { class: 'ownership' },
    head,
    h('div', { class: 'ownership-body' }, table, card),
  );
  el.append(root);

  let matrix: ResponsibilityMatrix | null = null;
  let sort: AgencySort = 'lead';
  let byAgency: string | null = null;
  let ticket = 0;

  const sortLabel: Record<AgencySort, string> = {
    lead: i18n.t('ownership.sortLead'),
    total: i18n.t('ownership.sortTotal'),
    name: i18n.t('ownership.sortName'),
  };

  function exportLinks(): HTMLElement {
    const { documentId, jurisdiction } = store.get();
    const query = new URLSearchParams();
    if (documentId) query.set('documentId', documentId);
    else if (jurisdiction) query.set('jurisdiction', jurisdiction);
    const link = (format: 'csv' | 'xlsx', label: string): HTMLElement =>
      h(
        'a',
        {
          class: 'button',
          attrs: {
            href: api.urlOf(`/export/matrix.${format}?${query.toString()}`),
            download: '',
            'data-testid': `export-${format}`,
          },
        },
        label,
      );
    return h(
      'span',
      { class: 'exports' },
      link('csv', i18n.t('ownership.exportCsv')),
      link('xlsx', i18n.t('ownership.exportXlsx')),
    );
  }

  function renderHead(): void {
    const { documentId, jurisdiction } = store.get();
    const scope = documentId
      ? (deps.documents.find((d) => d.documentId === documentId)?.title ?? documentId)
      : jurisdiction;
    const sortSelect = h(
      'select',
      { attrs: { 'data-testid': 'matrix-sort' } },
      ...AGENCY_SORTS.map((s) => h('option', { attrs: { value: s } }, sortLabel[s])),
    );
    sortSelect.value = sort;
    sortSelect.addEventListener('change', () => {
      sort = sortSelect.value as AgencySort;
      renderTable();
    });
    replaceChildren(
      head,
      h(
        'h2',
        {},
        i18n.t('ownership.title'),
        scope ? h('span', { class: 'scope' }, ` · ${convert(scope)}`) : null,
      ),
      h('label', { class: 'inline' }, i18n.t('ownership.sortBy'), sortSelect),
      scope ? exportLinks() : null,
    );
  }

  function showTask(task: TaskRow, t: MatrixTable): void {
    const owners = t.agencies
      .map((a) => ({ agency: a.agency, cell: t.cells.get(cellKey(task.id, a.agency.id)) }))
      .filter((o) => o.cell !== undefined);
    replaceChildren(
      card,
      h('h3', {}, `${task.number}. ${convert(task.title)}`),
      task.section ? h('p', { class: 'muted' }, convert(task.section)) : null,
      task.deadline
        ? h('p', {}, `${i18n.t('ownership.deadline')}：${convert(task.deadline)}`)
        : null,
      h(
        'ul',
        { class: 'owners' },
        ...owners.map(({ agency, cell }) =>
          h(
            'li',
            {},
            h(
              'span',
              { class: `role role-${cell?.role.toLowerCase() ?? ''}` },
              cell?.role === 'LEAD' ? i18n.t('ownership.lead') : i18n.t('ownership.support'),
            ),
            ` ${convert(agency.name)}`,
            cell && !cell.explicit
              ? h('span', { class: 'muted' }, ` (${i18n.t('ownership.inferred')})`)
              : null,
          ),
        ),
      ),
      owners.length === 0 ? h('p', { class: 'muted' }, i18n.t('ownership.noOwner')) : null,
      h('h4', {}, i18n.t('ownership.clause')),
      h(
        'p',
        { class: 'clause', attrs: { 'data-testid': 'task-clause' } },
        convert(task.body || task.title),
      ),
      h(
        'button',
        {
          class: 'link-button',
          attrs: { type: 'button' },
          on: {
            click: () =>
              store.set({ view: 'reader', reading: task.document.documentId, at: task.start }),
          },
        },
        i18n.t('details.showInDocument'),
      ),
      ...owners
        .filter((o) => o.cell?.evidence)
        .slice(0, 1)
        .map((o) => toEvidenceView(o.cell!.evidence!, deps)),
    );
  }

  function showWorkload(agencyId: string, t: MatrixTable): void {
    const row = t.agencies.find((a) => a.agency.id === agencyId);
    if (!row) return;
    const list = (role: 'LEAD' | 'SUPPORT'): HTMLElement =>
      h(
        'ul',
        { class: 'task-list' },
        ...t.tasks
          .filter((task) => t.cells.get(cellKey(task.id, agencyId))?.role === role)
          .map((task) => h('li', {}, `${task.number}. ${convert(task.title)}`)),
      );
    replaceChildren(
      card,
      h('h3', {}, convert(row.agency.name)),
      h(
        'p',
        { attrs: { 'data-testid': 'workload' } },
        i18n.t('details.workload', { lead: row.leadCount, support: row.supportCount }),
      ),
      h('h4', {}, i18n.t('ownership.led')),
      list('LEAD'),
      h('h4', {}, i18n.t('ownership.supported')),
      list('SUPPORT'),
    );
  }

  function renderTable(): void {
    if (!matrix) return;
    const t = toMatrixTable(matrix, sort, byAgency);
    const headerCells = t.agencies.map((a) =>
      h(
        'th',
        {
          class: `agency-col${byAgency === a.agency.id ? ' chosen' : ''}`,
          title: convert(a.agency.name),
          dataset: { agency: a.agency.name },
          on: {
            click: () => {
              byAgency = byAgency === a.agency.id ? null : a.agency.id;
              renderTable();
              showWorkload(a.agency.id, t);
            },
          },
        },
        h('span', { class: 'vertical' }, convert(a.agency.name)),
      ),
    );
    const countRow = (
      label: string,
      pick: (a: (typeof t.agencies)[number]) => number,
      testId: string,
    ): HTMLElement =>
      h(
        'tr',
        { class: 'count-row', attrs: { 'data-testid': testId } },
        h('th', { class: 'task-col' }, label),
        ...t.agencies.map((a) => h('td', {}, String(pick(a)))),
      );
    // A jurisdiction spans documents whose task numbers restart: head each document's rows.
    const several = new Set(t.tasks.map((task) => task.document.id)).size > 1;
    let lastDocument: string | null = null;
    const rows = t.tasks.flatMap((task) => {
      const heading =
        several && byAgency === null && task.document.id !== lastDocument
          ? h(
              'tr',
              { class: 'doc-row' },
              h(
                'th',
                { attrs: { colspan: String(t.agencies.length + 1) } },
                convert(task.document.title ?? task.document.documentId),
              ),
            )
          : null;
      lastDocument = task.document.id;
      const row = h(
        'tr',
        { dataset: { task: task.id } },
        h(
          'th',
          { class: 'task-col', title: convert(task.title) },
          h('span', { class: 'task-no' }, task.number),
          convert(task.title),
        ),
        ...t.agencies.map((a) => {
          const cell = t.cells.get(cellKey(task.id, a.agency.id));
          const td = h(
            'td',
            {
              class: cell
                ? `cell role-${cell.role.toLowerCase()}${cell.explicit ? '' : ' inferred'}`
                : 'cell',
              on: { click: () => showTask(task, t) },
            },
            cell
              ? cell.role === 'LEAD'
                ? i18n.t('ownership.lead')
                : i18n.t('ownership.support')
              : '',
          );
          if (cell) td.dataset['role'] = cell.role;
          return td;
        }),
      );
      return heading ? [heading, row] : [row];
    });
    replaceChildren(
      table,
      h(
        'table',
        { class: 'matrix', attrs: { 'data-testid': 'matrix' } },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h(
              'th',
              { class: 'task-col' },
              `${i18n.t('ownership.task')} \\ ${i18n.t('ownership.agency')}`,
            ),
            ...headerCells,
          ),
        ),
        h(
          'tbody',
          {},
          countRow(i18n.t('ownership.led'), (a) => a.leadCount, 'lead-counts'),
          countRow(i18n.t('ownership.supported'), (a) => a.supportCount, 'support-counts'),
          ...rows,
        ),
      ),
    );
  }

  async function load(): Promise<void> {
    const { documentId, jurisdiction } = store.get();
    const mine = ++ticket;
    matrix = null;
    byAgency = null;
    renderHead();
    replaceChildren(card);
    if (!documentId && !jurisdiction) {
      replaceChildren(table, h('p', { class: 'muted empty' }, i18n.t('ownership.pick')));
      return;
    }
    replaceChildren(table, h('p', { class: 'muted empty' }, i18n.t('app.loading')));
    try {
      const data = await api.request(
        RESPONSIBILITY_MATRIX,
        documentId ? { documentId } : { jurisdiction },
      );
      if (mine !== ticket) return;
      matrix = data.responsibilityMatrix;
      renderTable();
    } catch (error) {
      if (mine === ticket)
        replaceChildren(
          table,
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
    if (next.documentId !== previous.documentId || next.jurisdiction !== previous.jurisdiction)
      void load();
  });
  return {
    destroy() {
      ticket++;
      unsubscribe();
      root.remove();
    },
  };
}
