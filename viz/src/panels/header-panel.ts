// The header: brand, entity search with suggestions, view tabs, script toggle, language toggle.
import { h } from '../dom.js';
import type { Script, ViewName } from '../url-state.js';
import { SCRIPTS, VIEWS } from '../url-state.js';
import { mountEntityPicker } from './entity-picker.js';
import type { PanelDeps, PanelHandle } from './panel-deps.js';

export function mountHeader(el: HTMLElement, deps: PanelDeps): PanelHandle {
  const { store, i18n, controller } = deps;
  const searchSlot = h('div', { class: 'search' });
  const tabs = VIEWS.map((view) =>
    h(
      'button',
      {
        class: 'tab',
        attrs: { type: 'button', role: 'tab', 'data-testid': `tab-${view}` },
        dataset: { view },
        on: { click: () => store.set({ view }) },
      },
      i18n.t(`view.${view}`),
    ),
  );
  const scripts = SCRIPTS.map((script) =>
    h(
      'button',
      {
        class: 'seg',
        attrs: { type: 'button', 'data-testid': `script-${script}` },
        dataset: { script },
        on: { click: () => store.set({ script }) },
      },
      i18n.t(`script.${script}`),
    ),
  );
  const language = h(
    'button',
    {
      class: 'lang',
      attrs: { type: 'button', 'data-testid': 'lang' },
      on: { click: () => store.set({ language: store.get().language === 'zh' ? 'en' : 'zh' }) },
    },
    i18n.t('lang.switch'),
  );
  const root = h(
    'div',
    { class: 'header-inner' },
    h(
      'div',
      { class: 'brand' },
      h('span', { class: 'logo', attrs: { 'aria-hidden': 'true' } }, '◈'),
      i18n.t('app.title'),
    ),
    searchSlot,
    h('nav', { class: 'tabs', attrs: { role: 'tablist' } }, ...tabs),
    h('div', { class: 'segmented', title: i18n.t('script.label') }, ...scripts),
    language,
  );
  el.append(root);

  const search = mountEntityPicker(searchSlot, {
    ...deps,
    placeholder: i18n.t('search.placeholder'),
    testId: 'search',
    onPick: (hit) => {
      store.set({ view: 'graph', selected: hit.entity.id });
      void controller.expand(hit.entity.id);
    },
  });

  function render(): void {
    const { view, script } = store.get();
    for (const tab of tabs)
      tab.setAttribute('aria-selected', String(tab.dataset['view'] === (view satisfies ViewName)));
    for (const seg of scripts)
      seg.classList.toggle('on', seg.dataset['script'] === (script satisfies Script));
  }
  render();
  const unsubscribe = store.subscribe((next, previous) => {
    if (next.view !== previous.view || next.script !== previous.script) render();
  });
  return {
    destroy() {
      unsubscribe();
      search.destroy();
      root.remove();
    },
  };
}
