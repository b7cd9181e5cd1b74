import type { ChildNode, Element, ParentNode } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { LineCollector } from './create-line-collector.js';
import { cleanLine, createLineCollector } from './create-line-collector.js';
import { capDepth, HTML_OPAQUE } from './cap-depth.js';
import { isBoilerplateElement } from './is-boilerplate-element.js';
import type { TableCell } from './to-table-rows.js';
import { toTableRows } from './to-table-rows.js';

export interface DecodedHtml {
  /** The page's readable text: one block per line, one table row per line (cells tab-separated). */
  text: string;
  /** From the content's first <h1>, else the page <title> without its site name; null if neither. */
  title: string | null;
}

/** Elements that start and end a line; everything else flows inline. */
const BLOCK_TAGS = new Set(
  (
    'address article blockquote body caption center dd details dialog dir div dl dt fieldset ' +
    'figcaption figure form h1 h2 h3 h4 h5 h6 hr html legend li main menu ol p section summary ul ' +
    // Cells and rows of a layout table, read as blocks (data tables are read row by row apart).
    'tr td th thead tbody tfoot'
  ).split(' '),
);

/** Deeper elements are flattened: the readers recurse, a few frames per level. */
const MAX_DEPTH = 256;

/**
 * An HTML page → its text, without scripts, styles and page chrome (navigation, breadcrumbs,
 * share bars, footers, sidebars, related links), blocks as lines and table rows as lines.
 * htmlparser2 is forgiving, as browsers are: any string gives a result.
 */
export function decodeHtml(html: string): DecodedHtml {
  const root = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  capDepth(root, MAX_DEPTH, HTML_OPAQUE);
  const reader = createReader(root);
  const out = createLineCollector();
  reader.walk(root.children, out, false);
  const text = out.lines().join('\n');
  const h1 = reader.h1();
  const page = findPageTitle(root);
  // An <h1> that is the site name in the <title>'s tail is a logo, not the document's title.
  const isSiteName = h1 !== null && page !== null && page.parts.includes(h1) && h1 !== page.main;
  return { text, title: (isSiteName ? null : h1) ?? page?.main ?? null };
}

interface Reader {
  walk(nodes: readonly ChildNode[], out: LineCollector, inArticle: boolean): void;
  h1(): string | null;
}

function createReader(root: ParentNode): Reader {
  const weights = new WeakMap<ParentNode, TextWeight>();
  const pageWeight = weigh(root, weights);
  let h1: string | null = null;

  const walk = (nodes: readonly ChildNode[], out: LineCollector, inArticle: boolean): void => {
    for (const node of nodes) {
      if (isText(node)) out.add(node.data);
      else if (isTag(node)) walkElement(node, out, inArticle);
    }
  };

  const walkElement = (element: Element, out: LineCollector, inArticle: boolean): void => {
    const name = element.name;
    // A wrapper whose class happens to say "nav" but that holds the article is not chrome.
    if (isBoilerplateElement(element, inArticle) && !holdsArticle(element)) return;
    if (name === 'br') return out.breakLine();
    if (name === 'table') return out.addLines(readTable(element, inArticle));
    if (name === 'pre') return out.addLines(readPre(element));
    const block = BLOCK_TAGS.has(name) || /^h[1-6]$/.test(name);
    if (block) out.breakLine();
    if (name === 'h1' && h1 === null) {
      const heading = readInline(element, inArticle);
      if (heading !== '') h1 = heading;
    }
    walk(element.children, out, inArticle || name === 'article' || name === 'main');
    if (block) out.breakLine();
  };

  const holdsArticle = (element: Element): boolean => {
    const weight = weigh(element, weights);
    return weight.length * 2 > pageWeight.length && weight.longest >= 80;
  };

  /** An element's text on one line: a table cell, a heading. */
  const readInline = (element: Element, inArticle: boolean): string => {
    const out = createLineCollector();
    walk(element.children, out, inArticle);
    return out.lines().join(' ');
  };

  /**
   * Rows of a data table as tab-separated lines. A layout table (one column, or a cell holding a
   * nested table or a whole article, as old government sites build pages) is read as blocks
   * instead, so its paragraphs stay lines.
   */
  const readTable = (table: Element, inArticle: boolean): string[] => {
    const rows = findRows(table);
    const cells = rows.map((row) => row.children.filter(isCell));
    const layout =
      cells.every((row) => row.length <= 1) ||
      cells.some((row) => row.some((cell) => isLayoutCell(cell, weights)));
    if (layout) {
      const out = createLineCollector();
      walk(table.children, out, inArticle);
      return out.lines();
    }
    return toTableRows(
      cells.map((row) =>
        row.map((cell): TableCell => ({
          text: readInline(cell, inArticle).replace(/\t/g, ' '),
          colSpan: toSpan(cell.attribs.colspan, 100),
          rowSpan: toSpan(cell.attribs.rowspan, 1000),
          continuesAbove: false,
        })),
      ),
    );
  };

  return { walk, h1: () => h1 };
}

/** A table's own rows: direct <tr>s and those in its <thead>/<tbody>/<tfoot>, not nested tables'. */
function findRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isTag(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (/^t(head|body|foot)$/.test(child.name)) {
      for (const row of child.children) if (isTag(row) && row.name === 'tr') rows.push(row);
    }
  }
  return rows;
}

function isCell(node: ChildNode): node is Element {
  return isTag(node) && (node.name === 'td' || node.name === 'th');
}

function isLayoutCell(cell: Element, weights: WeakMap<ParentNode, TextWeight>): boolean {
  const hasTable = (nodes: readonly ChildNode[]): boolean =>
    nodes.some((node) => isTag(node) && (node.name === 'table' || hasTable(node.children)));
  return hasTable(cell.children) || weigh(cell, weights).length > 1000;
}

function toSpan(value: string | undefined, max: number): number {
  const span = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(span) && span >= 1 ? Math.min(span, max) : 1;
}

function readPre(pre: Element): string[] {
  const text = collectText(pre.children);
  return text.split('\n').map((line) => line.replace(/\s+$/, ''));
}

function collectText(nodes: readonly ChildNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (isText(node)) text += node.data;
    else if (isTag(node)) text += node.name === 'br' ? '\n' : collectText(node.children);
  }
  return text;
}

interface TextWeight {
  /** Non-space characters of visible text. */
  length: number;
  /** The longest single text run, in non-space characters: article paragraphs are long. */
  longest: number;
}

const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

function weigh(node: ParentNode, memo: WeakMap<ParentNode, TextWeight>): TextWeight {
  const known = memo.get(node);
  if (known) return known;
  const weight = { length: 0, longest: 0 };
  for (const child of node.children) {
    if (isText(child)) {
      const length = child.data.replace(/\s+/g, '').length;
      weight.length += length;
      weight.longest = Math.max(weight.longest, length);
    } else if (isTag(child) && !INVISIBLE.has(child.name)) {
      const inner = weigh(child, memo);
      weight.length += inner.length;
      weight.longest = Math.max(weight.longest, inner.longest);
    }
  }
  memo.set(node, weight);
  return weight;
}

/**
 * The page <title> without the site name scraped pages append:
 * "关于印发…方案的通知_厦门市人民政府" → main "关于印发…方案的通知" (the longest part).
 */
function findPageTitle(root: ParentNode): { main: string; parts: string[] } | null {
  const find = (nodes: readonly ChildNode[]): Element | null => {
    for (const node of nodes) {
      if (!isTag(node)) continue;
      if (node.name === 'title') return node;
      const found = find(node.children);
      if (found) return found;
    }
    return null;
  };
  const element = find(root.children);
  if (!element) return null;
  const parts = cleanLine(collectText(element.children))
    .split(/\s+[-|–—]\s+|_|\|/)
    .map((part) => part.trim());
  const main = parts.reduce((best, part) => (part.length > best.length ? part : best), '');
  return main === '' ? null : { main, parts };
}
