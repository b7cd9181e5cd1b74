import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../test-results/viz/', import.meta.url));

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png` });
}

/** Waits until the viewer has laid out its first graph (main.ts sets the flag). */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForSelector('body[data-graph-ready="true"]', { timeout: 60_000 });
}

/** Runs a function against the page's Cytoscape instance (exposed as window.innograph.cy). */
export function withCy<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(
    `(() => { const cy = window.innograph.cy; return (${fn})(cy); })()`,
  ) as Promise<T>;
}

/** Waits until every graph operation asked for so far (fetch, add, layout) has finished. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() =>
    (window as unknown as { innograph: { idle(): Promise<void> } }).innograph.idle(),
  );
}

/** Sends one GraphQL request from Node to the API under test. */
export async function graphql<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(new URL('graphql', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data)
    throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}
