// Pure: highlight spans over a text → a properly nested tree, so the reader can draw a task's
// span with its owners' and entities' spans inside it. Spans that cross an enclosing span's end
// are cut at that end; empty or out-of-range spans are dropped.

export interface Span<T> {
  start: number;
  end: number;
  value: T;
}

export interface SpanNode<T> {
  start: number;
  end: number;
  value: T;
  children: SpanNode<T>[];
}

export function toSpanTree<T>(textLength: number, spans: readonly Span<T>[]): SpanNode<T>[] {
  const clean = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(textLength, s.end) }))
    .filter((s) => s.end > s.start)
    // Outer first: earlier start, then longer.
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const roots: SpanNode<T>[] = [];
  const stack: SpanNode<T>[] = [];
  for (const span of clean) {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= span.start) stack.pop();
    const parent = stack[stack.length - 1];
    const end = parent ? Math.min(span.end, parent.end) : span.end;
    const node: SpanNode<T> = { start: span.start, end, value: span.value, children: [] };
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

/** End of the sentence starting at `at`: just after the next 。！？；!?; or line break. */
export function findSentenceEnd(text: string, at: number): number {
  const match = /[。！？；!?;\n]/.exec(text.slice(at));
  return match ? at + match.index + 1 : text.length;
}
