// Centre view: indicators of the chosen jurisdiction; for the chosen one, its goals and reported
// figures over the years as a small SVG chart (built with DOM calls, text as text nodes) and a
// table of every figure with its source sentence.
import type { Indicator, TargetPoint } from '../api-types.js';
import type { ChartPoint } from '../to-chart-geometry.js';
import { toChartGeometry } from '../to-chart-geometry.js';
import { h, replaceChildren, svg } from '../dom.js';
import { INDICATORS } from '../operations.js';
import { toEvidenceView } from './evidence-view.js';
import type { PanelDeps, PanelHandle } from './panel-deps.js';

const COMPARATOR_SIGNS: Record<string, string> = {
  GTE: '≥',
  GT: '>',
  EQ: '=',
  APPROX: '≈',
  LTE: '≤',
  LT: '<',
};

export function mountTargets(el: HTMLElement, deps: PanelDeps): PanelHandle {
  const { api, store, i18n, convert } = deps;
  const filter = h('input', {
    attrs: {
      type: 'search',
      placeholder: i18n.t('targets.metric'),
      'data-testid': 'metric-filter',
    },
  });
  const list = h('ul', { class: 'metric-list', attrs: { 'data-testid': 'metric-list' } });
  const detail = h('div', { class: 'metric-detail' });
  const root = h(
    'div',
    { class: 'targets' },
    h('div', { class: 'metric-side' }, filter, list),
    detail,
  );
  el.append(root);
  let indicators: Indicator[] = [];
  let ticket = 0;

  function figure(point: TargetPoint): string {
    return `${COMPARATOR_SIGNS[point.comparator] ?? ''}${point.value}${point.unit}`;
  }

  function renderList(): void {
    const needle = filter.value.trim();
    const chosen = store.get().metric;
    replaceChildren(
      list,
      ...indicators
        .filter(
          (indicator) =>
            needle === '' ||
            indicator.metric.includes(needle) ||
            convert(indicator.metric).includes(needle),
        )
        .map((indicator) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                class: `metric${indicator.metric === chosen ? ' chosen' : ''}`,
                attrs: { type: 'button' },
                on: { click: () => store.set({ metric: indicator.metric }) },
              },
              convert(indicator.metric),
              h('span', { class: 'muted' }, ` ${indicator.points.length}`),
            ),
          ),
        ),
    );
  }

  function toSeries(points: ChartPoint[], cls: string, marker: 'circle' | 'diamond'): SVGElement {
    const group = svg('g', { class: cls });
    if (points.length > 1)
      group.append(
        svg('polyline', { points: points.map((p) => `${p.x},${p.y}`).join(' '), fill: 'none' }),
      );
    for (const p of points) {
      const shape =
        marker === 'circle'
          ? svg('circle', { cx: p.x, cy: p.y, r: 5 })
          : svg('polygon', {
              points: `${p.x},${p.y - 7} ${p.x + 7},${p.y} ${p.x},${p.y + 7} ${p.x - 7},${p.y}`,
            });
      shape.append(
        svg(
          'title',
          {},
          `${p.point.year ?? ''} ${figure(p.point)} · ${convert(p.point.document.title ?? '')}`,
        ),
      );
      group.append(
        shape,
        svg('text', { x: p.x + 8, y: p.y - 8, class: 'point-label' }, figure(p.point)),
      );
    }
    return group;
  }

  function toChart(indicator: Indicator): SVGSVGElement {
    const g = toChartGeometry(indicator.points);
    const { box } = g;
    return svg(
      'svg',
      {
        class: 'chart',
        viewBox: `0 0 ${g.width} ${g.height}`,
        role: 'img',
        'data-testid': 'targets-chart',
      },
      ...g.yTicks.map((t) =>
        svg(
          'g',
          { class: 'grid' },
          svg('line', { x1: box.left, x2: box.right, y1: t.y, y2: t.y }),
          svg('text', { x: box.left - 6, y: t.y + 4, 'text-anchor': 'end' }, String(t.value)),
        ),
      ),
      ...g.xTicks.map((t) =>
        svg(
          'text',
          { class: 'axis', x: t.x, y: box.bottom + 18, 'text-anchor': 'middle' },
          String(t.year),
        ),
      ),
      svg('line', {
        class: 'axis-line',
        x1: box.left,
        x2: box.right,
        y1: box.bottom,
        y2: box.bottom,
      }),
      toSeries(g.goals, 'series goal', 'diamond'),
      toSeries(g.actuals, 'series actual', 'circle'),
    );
  }

  function renderDetail(): void {
    const indicator = indicators.find((i) => i.metric === store.get().metric);
    if (!indicator) {
      replaceChildren(
        detail,
        h(
          'p',
          { class: 'muted empty' },
          indicators.length === 0 ? i18n.t('targets.none') : i18n.t('targets.pick'),
        ),
      );
      return;
    }
    replaceChildren(
      detail,
      h(
        'h2',
        {},
        convert(indicator.metric),
        h('span', { class: 'muted' }, ` (${indicator.units.join(', ')})`),
      ),
      h(
        'div',
        { class: 'chart-legend' },
        h('span', { class: 'key goal' }, `◆ ${i18n.t('targets.goal')}`),
        h('span', { class: 'key actual' }, `● ${i18n.t('targets.actual')}`),
      ),
      toChart(indicator),
      h(
        'table',
        { class: 'figures' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...[i18n.t('targets.year'), i18n.t('targets.metric'), '', i18n.t('targets.source')].map(
              (label) => h('th', {}, label),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...indicator.points.map((point) =>
            h(
              'tr',
              {},
              h(
                'td',
                {},
                point.year === null
                  ? point.recurring
                    ? i18n.t('targets.recurring')
                    : '—'
                  : String(point.year),
              ),
              h('td', {}, figure(point)),
              h(
                'td',
                {},
                h(
                  'span',
                  { class: `kind-tag ${point.kind.toLowerCase()}` },
                  point.kind === 'TARGET' ? i18n.t('targets.goal') : i18n.t('targets.actual'),
                ),
              ),
              h(
                'td',
                {},
                h('div', { class: 'muted' }, convert(point.document.title ?? '')),
                toEvidenceView(point.evidence, deps),
              ),
            ),
          ),
        ),
      ),
    );
  }

  async function load(): Promise<void> {
    const mine = ++ticket;
    replaceChildren(detail, h('p', { class: 'muted empty' }, i18n.t('app.loading')));
    try {
      const data = await api.request(INDICATORS, { jurisdiction: store.get().jurisdiction });
      if (mine !== ticket) return;
      // Indicators with the most figures first: those are the ones with a history to chart.
      indicators = [...data.indicators].sort(
        (a, b) =>
          b.points.length - a.points.length || a.metric.localeCompare(b.metric, 'zh-Hans-CN'),
      );
      renderList();
      renderDetail();
    } catch (error) {
      if (mine === ticket)
        replaceChildren(
          detail,
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

  filter.addEventListener('input', renderList);
  void load();
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.jurisdiction !== previous.jurisdiction) void load();
    else if (next.metric !== previous.metric) {
      renderList();
      renderDetail();
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
