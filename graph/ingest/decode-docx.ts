import type { ChildNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { unzipSync } from 'fflate';
import { parseDocument } from 'htmlparser2';
import { capDepth } from './cap-depth.js';
import type { LineCollector } from './create-line-collector.js';
import { createLineCollector } from './create-line-collector.js';
import type { DocxNumbering } from './create-docx-numbering.js';
import { createDocxNumbering } from './create-docx-numbering.js';
import type { TableCell } from './to-table-rows.js';
import { toTableRows } from './to-table-rows.js';

const BODY_PART = 'word/document.xml';
const NUMBERING_PART = 'word/numbering.xml';
const STYLES_PART = 'word/styles.xml';
const PARTS = new Set([BODY_PART, NUMBERING_PART, STYLES_PART]);
/** Kept whole when flattening: a paragraph's runs and a table's rows mean nothing apart. */
const DOCX_OPAQUE = new Set(['w:p', 'w:tbl']);

/**
 * A .docx → its body text: each paragraph one line, each table row one line with its cells
 * tab-separated (merged cells resolved so columns line up). Page headers, footers, footnotes,
 * deleted revisions and field codes are not the document's text and are left out.
 */
export function decodeDocx(bytes: Uint8Array): { text: string } {
  const parts = readParts(bytes);
  const xml = parts.get(BODY_PART);
  if (xml === undefined) throw new Error(`not a DOCX file: the archive has no ${BODY_PART}`);
  const root = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  // Real documents nest a few dozen levels; content controls wrapped thousands deep are flattened
  // around whole paragraphs, and anything deeper still is refused rather than crashing.
  capDepth(root, 256, DOCX_OPAQUE);
  const body = findFirst(root.children, 'w:body');
  if (!body) throw new Error(`not a DOCX file: ${BODY_PART} has no w:body`);
  const numbering = createDocxNumbering(
    parts.get(NUMBERING_PART) ?? null,
    parts.get(STYLES_PART) ?? null,
  );
  const out = createLineCollector();
  try {
    walk(body.children, out, numbering);
  } catch (error) {
    if (error instanceof RangeError)
      throw new Error('DOCX nested too deeply to read', { cause: error });
    throw error;
  }
  return { text: out.lines().join('\n') };
}

/** The XML parts this decoder reads, by name; absent parts are simply missing. */
function readParts(bytes: Uint8Array): Map<string, string> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => PARTS.has(file.name) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`not a DOCX file: not a readable zip archive (${reason})`);
  }
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) {
    try {
      parts.set(name, new TextDecoder('utf-8', { fatal: true }).decode(data));
    } catch {
      throw new Error(`not a DOCX file: ${name} is not UTF-8 XML`);
    }
  }
  return parts;
}

/** Elements whose text is not the document's: deletions, field codes, properties. */
const SKIPPED = new Set(['w:del', 'w:delText', 'w:instrText', 'w:rPr', 'w:pPr', 'w:sectPr']);

function walk(nodes: readonly ChildNode[], out: LineCollector, numbering: DocxNumbering): void {
  for (const node of nodes) {
    if (!isTag(node) || SKIPPED.has(node.name)) continue;
    switch (node.name) {
      case 'w:p': {
        out.breakLine();
        const label = numbering.labelFor(node);
        if (label !== null) out.add(label);
        walk(node.children, out, numbering);
        out.breakLine();
        break;
      }
      case 'w:t':
        out.add(textOf(node));
        break;
      case 'w:tab':
      case 'w:ptab':
        out.add(' ');
        break;
      case 'w:br':
      case 'w:cr':
        out.breakLine();
        break;
      case 'w:noBreakHyphen':
        out.add('-');
        break;
      case 'w:tbl':
        out.addLines(readTable(node, numbering));
        break;
      case 'mc:AlternateContent': {
        // The same text box is stored twice, as DrawingML (Choice) and VML (Fallback): read one.
        const choice = findChild(node, 'mc:Choice') ?? findChild(node, 'mc:Fallback');
        if (choice) walk(choice.children, out, numbering);
        break;
      }
      default:
        // Runs, hyperlinks, content controls (w:sdt), insertions, smart tags, text boxes.
        walk(node.children, out, numbering);
    }
  }
}

/** A w:tbl's own rows → tab-separated lines; w:gridSpan and w:vMerge are the merged cells. */
function readTable(table: Element, numbering: DocxNumbering): string[] {
  const rows = table.children.filter(
    (node): node is Element => isTag(node) && node.name === 'w:tr',
  );
  return toTableRows(
    rows.map((row) =>
      row.children
        .filter((node): node is Element => isTag(node) && node.name === 'w:tc')
        .map((cell): TableCell => {
          const properties = findChild(cell, 'w:tcPr');
          const gridSpan = properties && findChild(properties, 'w:gridSpan');
          const vMerge = properties && findChild(properties, 'w:vMerge');
          const out = createLineCollector();
          walk(cell.children, out, numbering);
          return {
            text: out.lines().join(' ').replace(/\t/g, ' '),
            colSpan: Math.min(Math.max(Number(gridSpan?.attribs['w:val'] ?? 1) || 1, 1), 100),
            rowSpan: 1,
            // <w:vMerge/> or val="continue" goes on from above; val="restart" starts a merge.
            continuesAbove: vMerge !== null && vMerge.attribs['w:val'] !== 'restart',
          };
        }),
    ),
  );
}

function findFirst(nodes: readonly ChildNode[], name: string): Element | null {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    if (node.name === name) return node;
    const found = findFirst(node.children, name);
    if (found) return found;
  }
  return null;
}

function findChild(parent: Element, name: string): Element | null {
  return parent.children.find((node): node is Element => isTag(node) && node.name === name) ?? null;
}

function textOf(element: Element): string {
  return element.children.map((node) => (isText(node) ? node.data : '')).join('');
}
