import type { ChildNode, ParentNode } from 'domhandler';
import { hasChildren, isTag } from 'domhandler';

/** HTML elements kept whole when a deep tree is flattened: their content is not text to read. */
export const HTML_OPAQUE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'title',
]);

/**
 * Flattens a parsed tree below `maxDepth`, as browsers do (Blink stops nesting at 512 levels):
 * the descendants of an element at that depth become its children, in document order, each
 * element emptied. Thousands of unclosed <font> or <div> tags, common in old or broken pages,
 * then cannot overflow the stack of the recursive readers. Iterative, linear in the tree's size.
 * Elements named in `opaque` are kept whole, their meaning being in their structure.
 */
export function capDepth(root: ParentNode, maxDepth: number, opaque: ReadonlySet<string>): void {
  const stack: { node: ParentNode; depth: number }[] = [{ node: root, depth: 0 }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { node, depth } = entry;
    if (depth >= maxDepth) {
      node.children = flatten(node.children, opaque);
      continue;
    }
    for (const child of node.children) {
      if (hasChildren(child)) stack.push({ node: child, depth: depth + 1 });
    }
  }
}

/** Nodes and all their descendants in document order, elements emptied (opaque ones kept whole). */
function flatten(nodes: readonly ChildNode[], opaque: ReadonlySet<string>): ChildNode[] {
  const flat: ChildNode[] = [];
  const pending: ChildNode[] = [...nodes].reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    flat.push(node);
    if (!hasChildren(node) || (isTag(node) && opaque.has(node.name))) continue;
    for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
    node.children = [];
  }
  return flat;
}
