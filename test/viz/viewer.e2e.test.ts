import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../api/create-api.js';
import { loadConfig } from '../../graph/config/load-config.js';
import { ingestPaths } from '../../graph/ingest/ingest-paths.js';
import type { Store } from '../../graph/store/open-store.js';
import { ensureSchema } from '../../graph/store/schema.js';
import { findFreePort } from '../support/find-free-port.js';
import { openTestStore } from '../support/open-test-store.js';
import { createSyntheticGraph } from '../../bench/viz/synthetic-graph.js';
import { buildViewer } from './support/build-viewer.js';
import { launchChromium } from './support/launch-chromium.js';
import { graphql, screenshot, settle, waitForGraph, withCy } from './support/viewer-page.js';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));

let store: Store;
let server: Server;
let browser: Browser;
let baseUrl: string;
// Uncaught errors in any page fail the test that opened it.
const pageErrors: string[] = [];

beforeAll(async () => {
  store = openTestStore();
  await ensureSchema(store);
  const [ingested, staticDir] = await Promise.all([ingestPaths(store, [SEEDS]), buildViewer()]);
  // Say plainly when the seeds did not load: every test below would fail for that one reason.
  if (ingested.failed.length > 0 || ingested.documents + ingested.unchanged === 0) {
    throw new Error(`the seeds did not ingest: ${JSON.stringify(ingested.failed)}`);
  }
  const port = await findFreePort();
  server = createServer({
    store,
    config: loadConfig({ ...process.env, PORT: String(port) }),
    staticDir,
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${port}/`;
  browser = await launchChromium();
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
  pageErrors.length = 0;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  await store?.close();
});

async function openPage(hash = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${baseUrl}${hash}`);
  await waitForGraph(page);
  await settle(page);
  return page;
}

async function findDocumentOf(
  jurisdiction: string,
): Promise<{ id: string; documentId: string; title: string }> {
  const data = await graphql<{
    documents: {
      edges: { node: { id: string; documentId: string; title: string; taskCount: number } }[];
    };
  }>(
    baseUrl,
    'query($j: String) { documents(jurisdiction: $j, first: 20) { edges { node { id documentId title taskCount } } } }',
    { j: jurisdiction },
  );
  // The 实施意见 issued there: the document of that jurisdiction with the most tasks.
  const [best] = data.documents.edges.map((e) => e.node).sort((a, b) => b.taskCount - a.taskCount);
  if (!best) throw new Error(`no document of ${jurisdiction} was ingested`);
  return best;
}

describe('viewer in Chromium', () => {
  it('opens on the documents with an interactive graph', async () => {
    const page = await openPage();
    const kinds = await withCy<string[]>(
      page,
      '(cy) => [...new Set(cy.nodes().map((n) => n.data("kind")))]',
    );
    expect(kinds).toContain('DOCUMENT');
    expect(kinds).toContain('TASK');
    expect(await page.locator('[data-testid="graph-count"]').textContent()).toMatch(/\d+/);
    await screenshot(page, 'opening');
    await page.close();
  });

  it('searches, selects, expands on double-click and shows evidence', async () => {
    const page = await openPage();
    await page.fill('[data-testid="search"]', '科技局');
    const option = page.locator('.picker-option', { hasText: '市科技局' }).first();
    await option.waitFor();
    expect(await page.locator('.picker-group').count()).toBeGreaterThan(0);
    await screenshot(page, 'search-suggestions');
    const id = await option.getAttribute('data-id');
    await option.click();
    await settle(page);

    expect(await withCy<string[]>(page, '(cy) => cy.$(":selected").map((n) => n.id())')).toEqual([
      id,
    ]);
    expect(await page.locator('[data-testid="details-title"]').textContent()).toContain('科技局');
    const evidence = page.locator('[data-testid="edge-list"] .evidence-sentence').first();
    await evidence.waitFor();
    expect((await evidence.textContent())?.length).toBeGreaterThan(4);
    expect(
      await page.locator('[data-testid="edge-list"] .evidence-sentence mark').first().textContent(),
    ).not.toBe('');

    // Double-click a neighbouring task on the canvas: its neighbours join the graph. The task
    // is brought to the middle and zoomed in on first, as a person would before clicking it:
    // wherever the layout put it (an edge of the canvas, under another node's label), the
    // click then lands on it.
    const before = await withCy<number>(page, '(cy) => cy.nodes().length');
    const target = await withCy<{ id: string; x: number; y: number }>(
      page,
      `(cy) => { const n = cy.$id(${JSON.stringify(id)}).neighborhood('node[kind = "TASK"]').first(); cy.zoom(Math.max(cy.zoom(), 2)); cy.center(n); const p = n.renderedPosition(); return { id: n.id(), x: p.x, y: p.y }; }`,
    );
    const box = await page.locator('[data-testid="cy"]').boundingBox();
    if (!box) throw new Error('graph container not laid out');
    await page.mouse.dblclick(box.x + target.x, box.y + target.y);
    await page.waitForFunction((taskId) => {
      const w = window as unknown as {
        innograph: { store: { get(): { expanded: { id: string }[] } } };
      };
      return w.innograph.store.get().expanded.some((e) => e.id === taskId);
    }, target.id);
    await settle(page);
    expect(await withCy<number>(page, '(cy) => cy.nodes().length')).toBeGreaterThanOrEqual(before);
    await screenshot(page, 'expanded');

    // "Show in document" opens the reader on the sentence.
    const sentence =
      (await page.locator('[data-testid="edge-list"] .evidence-sentence').first().textContent()) ??
      '';
    await page.locator('[data-testid="show-in-document"]').first().click();
    const focus = page.locator('[data-testid="reader-focus"]');
    await focus.waitFor();
    expect(sentence).toContain((await focus.textContent())?.slice(0, 4) ?? '∅');
    await screenshot(page, 'show-in-document');
    await page.close();
  });

  it('suggests the same entities for traditional, simplified and partial names', async () => {
    const page = await openPage();
    const suggestions = async (text: string): Promise<string[]> => {
      await page.fill('[data-testid="search"]', text);
      await page.waitForFunction((typed) => {
        const list = document.querySelector('.picker-list');
        return list && !(list as HTMLElement).hidden && list.getAttribute('data-for') === typed;
      }, text);
      return page
        .locator('.picker-option')
        .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['id'] ?? ''));
    };
    const simplified = await suggestions('实验室');
    expect(simplified.length).toBeGreaterThan(0);
    expect(await suggestions('實驗室')).toEqual(simplified);
    expect(await page.locator('.picker-group').first().textContent()).toContain('实验室');
    const partial = await suggestions('创新实验');
    expect(partial.some((id) => simplified.includes(id))).toBe(true);
    await page.close();
  });

  it('shows 市科技局 leading tasks in the responsibility matrix of 启东市', async () => {
    const doc = await findDocumentOf('启东市');
    const page = await openPage(`#view=ownership&doc=${encodeURIComponent(doc.documentId)}`);
    await page.locator('[data-testid="matrix"]').waitFor();
    const leads = await page.evaluate(() => {
      const table = document.querySelector('[data-testid="matrix"]');
      const headers = [...(table?.querySelectorAll('thead th') ?? [])];
      const column = headers.findIndex(
        (th) => (th as HTMLElement).dataset['agency'] === '市科技局',
      );
      if (column < 0) return -1;
      return [...(table?.querySelectorAll('tbody tr[data-task]') ?? [])].filter(
        (row) => (row.children[column] as HTMLElement | undefined)?.dataset['role'] === 'LEAD',
      ).length;
    });
    expect(leads).toBeGreaterThan(0);
    await page.locator('td[data-role="LEAD"]').first().click();
    expect(await page.locator('[data-testid="task-clause"]').textContent()).not.toBe('');
    expect(await page.locator('[data-testid="export-csv"]').getAttribute('href')).toContain(
      '/export/',
    );
    await screenshot(page, 'ownership');
    await page.close();
  });

  it('highlights entities, owners and tasks in the document reader', async () => {
    const doc = await findDocumentOf('启东市');
    const page = await openPage(`#view=reader&read=${encodeURIComponent(doc.documentId)}`);
    await page.locator('[data-testid="reader-text"] .ann').first().waitFor();
    for (const kind of ['task', 'owner', 'entity']) {
      expect(
        await page.locator(`[data-testid="reader-text"] .ann-${kind}`).count(),
        kind,
      ).toBeGreaterThan(0);
    }
    // The page shows exactly the document's text, as text: markup in it stays characters.
    const { document: original } = await graphql<{ document: { text: string } }>(
      baseUrl,
      'query($id: ID!) { document(id: $id) { text } }',
      { id: doc.documentId },
    );
    expect(await page.locator('[data-testid="reader-text"]').textContent()).toBe(original.text);
    await page.locator('[data-testid="reader-text"] .ann-owner').first().click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="details-title"]')?.textContent !== '…',
    );
    await screenshot(page, 'reader');
    await page.close();
  });

  it('reopens the same picture from a shared link', async () => {
    const page = await openPage();
    await page.fill('[data-testid="search"]', '实验室');
    const option = page.locator('.picker-option').first();
    await option.waitFor();
    await option.click();
    await settle(page);
    await page.locator('.legend-row[data-kind="TARGET"]').click();
    const url = page.url();
    const picture = (p: Page) =>
      withCy<{ nodes: string[]; selected: string[]; hidden: number }>(
        p,
        '(cy) => ({ nodes: cy.nodes().map((n) => n.id()).sort(), selected: cy.$(":selected").map((n) => n.id()), hidden: cy.nodes(".type-hidden").length })',
      );
    const original = await picture(page);
    expect(url).toContain('hide=TARGET');

    const reopened = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    reopened.on('pageerror', (error) => pageErrors.push(error.message));
    await reopened.goto(url);
    await waitForGraph(reopened);
    await settle(reopened);
    expect(await picture(reopened)).toEqual(original);
    await screenshot(reopened, 'shared-link');
    await page.close();
    await reopened.close();
  });

  it('charts an indicator’s goals and reported figures', async () => {
    const page = await openPage('#view=targets');
    const metric = page.locator('[data-testid="metric-list"] button').first();
    await metric.waitFor();
    await metric.click();
    await page.locator('[data-testid="targets-chart"]').waitFor();
    expect(
      await page
        .locator(
          '[data-testid="targets-chart"] .series circle, [data-testid="targets-chart"] .series polygon',
        )
        .count(),
    ).toBeGreaterThan(0);
    await screenshot(page, 'targets');
    await page.close();
  });

  it('switches the interface to English and the text to traditional characters', async () => {
    const page = await openPage();
    await page.click('[data-testid="lang"]');
    expect(await page.locator('[data-testid="tab-ownership"]').textContent()).toBe('Ownership');
    await page.click('[data-testid="script-traditional"]');
    await page.waitForFunction(() => {
      const w = window as unknown as {
        innograph: {
          cy: { nodes(): { map(f: (n: { data(k: string): string }) => string): string[] } };
        };
      };
      return w.innograph.cy
        .nodes()
        .map((n) => n.data('label'))
        .some((label) => /[東發術機]/.test(label));
    });
    await screenshot(page, 'english-traditional');
    await page.close();
  });

  it('spreads a 2,000-node graph out and pans and zooms it as a snapshot', async () => {
    const page = await openPage();
    const elements = createSyntheticGraph(2_000);
    const drawn = await page.evaluate<{ piled: number; texture: boolean; pixelRatio: number }>(
      `(async (els) => {
        const { view, cy } = window.innograph;
        view.restore(els);
        await view.layout('fcose', false);
        view.fit();
        // Nodes whose centre is within 10 px of another's: a layout that piles them up fails.
        const cell = 10;
        const seen = new Map();
        let piled = 0;
        cy.nodes().forEach((n) => {
          const p = n.position();
          const key = Math.round(p.x / cell) + ',' + Math.round(p.y / cell);
          if (seen.has(key)) piled++;
          seen.set(key, true);
        });
        const r = cy.renderer();
        return { piled: piled / cy.nodes().length, texture: r.textureOnViewport, pixelRatio: r.getPixelRatio() };
      })(${JSON.stringify(elements)})`,
    );
    expect(drawn.piled).toBeLessThan(0.05);
    expect(drawn.texture).toBe(true);
    expect(drawn.pixelRatio).toBe(1);
    await screenshot(page, 'big-graph');

    // Wheel over the canvas as a user would: the graph zooms in towards the pointer.
    const box = await page.locator('[data-testid="cy"]').boundingBox();
    if (!box) throw new Error('graph container not laid out');
    const before = await withCy<number>(page, '(cy) => cy.zoom()');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -200);
    await page.waitForFunction((z) => {
      const w = window as unknown as { innograph: { cy: { zoom(): number } } };
      return w.innograph.cy.zoom() > z * 1.2;
    }, before);
    // Zoomed in further, task labels are drawn again (the bulk style hides them below 12 px).
    const labelled = await withCy<boolean>(
      page,
      `(cy) => {
        cy.zoom({ level: 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        const { x1, x2, y1, y2 } = cy.extent();
        return cy.nodes('[kind = "TASK"]').some((n) => {
          const p = n.position();
          return p.x > x1 && p.x < x2 && p.y > y1 && p.y < y2 &&
            n.pstyle('font-size').pfValue * cy.zoom() >= n.pstyle('min-zoomed-font-size').pfValue;
        });
      }`,
    );
    expect(labelled).toBe(true);
    // The full redraw comes once the wheel has been still for a moment; wait for it.
    await page.waitForFunction(() => {
      const w = window as unknown as {
        innograph: { cy: { renderer(): { data: { wheelZooming: boolean } } } };
      };
      return !w.innograph.cy.renderer().data.wheelZooming;
    });
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await screenshot(page, 'big-graph-zoomed');

    // Back to a small graph: full redraws again.
    await page.evaluate(`window.innograph.view.restore([])`);
    expect(await withCy<boolean>(page, '(cy) => cy.renderer().textureOnViewport')).toBe(false);
    await page.close();
  });
});
