import type { ChildNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { unzipSync } from 'fflate';
import { parseDocument } from 'htmlparser2';
import type { LineCollector } from './create-line-collector.js';
import { createLineCollector } from './create-line-collector.js';
import type { TableCell } from './to-table-rows.js';
import { toTableRows } from './to-table-rows.js';

const BODY_PART = 'word/document.xml';

/**
 * A .docx → its body text: each paragraph one line, each table row one line with its cells
 * tab-separated (merged cells resolved so columns line up). Page headers, footers, footnotes,
 * deleted revisions and field codes are not the document's text and are left out.
 */
export function decodeDocx(bytes: Uint8Array): { text: string } {
  const xml = readBodyPart(bytes);
  const root = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const body = findFirst(root.children, 'w:body');
  if (!body) throw new Error(`not a DOCX file: ${BODY_PART} has no w:body`);
  const out = createLineCollector();
  walk(body.children, out);
  return { text: out.lines().join('\n') };
}

function readBodyPart(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === BODY_PART });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`not a DOCX file: not a readable zip archive (${reason})`);
  }
  const part = files[BODY_PART];
  if (!part) throw new Error(`not a DOCX file: the archive has no ${BODY_PART}`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(part);
  } catch {
    throw new Error(`not a DOCX file: ${BODY_PART} is not UTF-8 XML`);
  }
}

/** Elements whose text is not the document's: deletions, field codes, properties. */
const SKIPPED = new Set(['w:del', 'w:delText', 'w:instrText', 'w:rPr', 'w:pPr', 'w:sectPr']);

function walk(nodes: readonly ChildNode[], out: LineCollector): void {
  for (const node of nodes) {
    if (!isTag(node) || SKIPPED.has(node.name)) continue;
    switch (node.name) {
      case 'w:p':
        out.breakLine();
        walk(node.children, out);
        out.breakLine();
        break;
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
        out.addLines(readTable(node));
        break;
      case 'mc:AlternateContent': {
        // The same text box is stored twice, as DrawingML (Choice) and VML (Fallback): read one.
        const choice = findChild(node, 'mc:Choice') ?? findChild(node, 'mc:Fallback');
        if (choice) walk(choice.children, out);
        break;
      }
      default:
        // Runs, hyperlinks, content controls (w:sdt), insertions, smart tags, text boxes.
        walk(node.children, out);
    }
  }
}

/** A w:tbl's own rows → tab-separated lines; w:gridSpan and w:vMerge are the merged cells. */
function readTable(table: Element): string[] {
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
          walk(cell.children, out);
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
