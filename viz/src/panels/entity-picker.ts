// A text box that suggests entities as you type (simplified, traditional or part of a name),
// grouped by type, with keyboard navigation. Used by the header search and the path tool.
import type { SearchHit } from '../api-types.js';
import { h, replaceChildren } from '../dom.js';
import { ENTITY_KINDS } from '../node-kinds.js';
import { SEARCH } from '../operations.js';
import { NODE_LOOKS } from '../stylesheet.js';
import type { PanelDeps, PanelHandle } from './panel-deps.js';

export interface EntityPickerDeps extends Pick<PanelDeps, 'api' | 'i18n' | 'convert'> {
  placeholder: string;
  onPick(hit: SearchHit): void;
  /** Shown in the box after a pick (the path tool keeps the name; the search clears). */
  keepPicked?: boolean;
  testId?: string;
}

const DEBOUNCE_MS = 150;

export function mountEntityPicker(el: HTMLElement, deps: EntityPickerDeps): PanelHandle {
  const { api, i18n, convert } = deps;
  const input = h('input', {
    class: 'picker-input',
    attrs: {
      type: 'search',
      placeholder: deps.placeholder,
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-autocomplete': 'list',
      ...(deps.testId ? { 'data-testid': deps.testId } : {}),
    },
  });
  const list = h('div', { class: 'picker-list', attrs: { role: 'listbox' } });
  list.hidden = true;
  const root = h('div', { class: 'picker' }, input, list);
  el.append(root);

  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  function pick(hit: SearchHit): void {
    input.value = deps.keepPicked ? convert(hit.entity.name) : '';
    list.hidden = true;
    deps.onPick(hit);
  }

  function render(text: string): void {
    const options: HTMLElement[] = [];
    // Which text the list answers, so a reader (or a test) can tell a stale list from a fresh one.
    list.dataset['for'] = text;
    if (hits.length === 0) {
      replaceChildren(list, h('div', { class: 'picker-empty' }, i18n.t('search.none', { text })));
      list.hidden = false;
      return;
    }
    const groups = ENTITY_KINDS.map((kind) => ({
      kind,
      hits: hits.filter((hit) => hit.entity.type === kind),
    })).filter((g) => g.hits.length > 0);
    const children: HTMLElement[] = [];
    for (const group of groups) {
      children.push(
        h(
          'div',
          { class: 'picker-group' },
          h('span', {
            class: 'swatch',
            attrs: { style: `background:${NODE_LOOKS[group.kind].colour}` },
          }),
          i18n.nodeKind(group.kind),
        ),
      );
      for (const hit of group.hits) {
        const index = options.length;
        const alias =
          hit.matched !== hit.entity.name
            ? h('span', { class: 'picker-alias' }, convert(hit.matched))
            : null;
        const where = hit.entity.jurisdiction
          ? h('span', { class: 'picker-where' }, convert(hit.entity.jurisdiction))
          : null;
        const option = h(
          'div',
          {
            class: 'picker-option',
            attrs: { role: 'option' },
            dataset: { id: hit.entity.id },
            on: {
              mousedown: (event) => {
                event.preventDefault();
                pick(hit);
              },
              mousemove: () => setActive(index),
            },
          },
          h('span', { class: 'picker-name' }, convert(hit.entity.name)),
          alias,
          where,
        );
        options.push(option);
        children.push(option);
      }
    }
    replaceChildren(list, ...children);
    list.hidden = false;
    active = -1;

    function setActive(index: number): void {
      options.forEach((option, i) => option.classList.toggle('active', i === index));
      active = index;
    }
  }

  // Hits are reordered to group order, so arrow keys walk what the user sees.
  function ordered(found: SearchHit[]): SearchHit[] {
    return ENTITY_KINDS.flatMap((kind) => found.filter((hit) => hit.entity.type === kind));
  }

  async function suggest(): Promise<void> {
    const text = input.value.trim();
    const ticket = ++asked;
    if (text === '') {
      list.hidden = true;
      return;
    }
    try {
      const data = await api.request(SEARCH, { text, first: 20 });
      if (ticket !== asked) return;
      hits = ordered(data.search);
      render(text);
    } catch (error) {
      if (ticket !== asked) return;
      replaceChildren(
        list,
        h('div', { class: 'picker-empty' }, i18n.t('app.error', { message: String(error) })),
      );
      list.hidden = false;
    }
  }

  function move(step: number): void {
    const options = [...list.querySelectorAll<HTMLElement>('.picker-option')];
    if (options.length === 0) return;
    active = (active + step + options.length) % options.length;
    options.forEach((option, i) => option.classList.toggle('active', i === active));
    options[active]?.scrollIntoView({ block: 'nearest' });
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void suggest(), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Escape') list.hidden = true;
    else if (event.key === 'Enter') {
      const hit = hits[active] ?? (hits.length > 0 ? hits[0] : undefined);
      if (hit && !list.hidden) pick(hit);
    } else return;
    event.preventDefault();
  });
  input.addEventListener('blur', () => {
    list.hidden = true;
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() !== '' && hits.length > 0) list.hidden = false;
  });

  return {
    destroy() {
      clearTimeout(timer);
      asked++;
      root.remove();
    },
  };
}
