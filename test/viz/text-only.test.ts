import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const srcDir = join(import.meta.dirname, '../../viz/src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

// Strings from documents must reach the page as text nodes; these sinks would parse them as HTML.
const HTML_SINKS =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|srcdoc)\b/;

describe('viewer sources', () => {
  it('never hand a string to an HTML parser', () => {
    const offenders = sources(srcDir).filter((file) => HTML_SINKS.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('import nothing from graph/ or api/', () => {
    const offenders = sources(srcDir).filter((file) =>
      /from '(\.\.\/)+(graph|api)\//.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
