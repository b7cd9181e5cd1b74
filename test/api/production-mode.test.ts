import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What a process started the way `npm start` starts reports of its mode. */
function modeOf(env: Record<string, string | undefined>, flags: string[] = []): string {
  const { NODE_ENV: _unset, ...inherited } = process.env;
  return execFileSync(
    process.execPath,
    [
      ...flags,
      '--import',
      'tsx',
      '--import',
      './api/production-mode.ts',
      '-e',
      'console.log(process.env.NODE_ENV, process.sourceMapsEnabled)',
    ],
    { cwd: ROOT, env: { ...inherited, ...env }, encoding: 'utf8' },
  ).trim();
}

describe('the production preload of npm start', () => {
  it('defaults NODE_ENV to production and turns source maps off', () => {
    expect(modeOf({})).toBe('production false');
  });

  it('keeps an explicit NODE_ENV, and source maps when asked for', () => {
    expect(modeOf({ NODE_ENV: 'development' })).toBe('development true');
    expect(modeOf({}, ['--enable-source-maps'])).toBe('production true');
  });
});
