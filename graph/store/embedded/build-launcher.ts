import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { hashLauncherSources, isLauncherBuilt } from './is-launcher-built.js';
import { EMBEDDED_DIR, STAMP_FILE, TARGET_DIR } from './launcher-paths.js';

// Script run by `npm install` / `npm ci` (postinstall): builds the embedded Neo4j launcher with
// Maven, but only when target/ is missing or was built from other sources: a stamp holds the hash
// of pom.xml and src/, so a second install costs a hash of a few files. A missing Java or Maven is reported and
// skipped (extraction and NEO4J_URI setups need neither); a failing build fails the install.

// Outside target/ (mvn clean empties it) and outside the tree (nothing to git-ignore).
const LOCK_DIR = path.join(
  os.tmpdir(),
  `innograph-launcher-build-${createHash('sha256').update(EMBEDDED_DIR).digest('hex').slice(0, 12)}.lock`,
);
const LOCK_STALE_MS = 10 * 60_000;

function log(message: string): void {
  console.error(`innograph: ${message}`);
}

/** Major version of `java` on PATH, or null when there is none. */
function findJavaMajor(): number | null {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8', stdio: 'pipe' });
  if (result.error || result.status !== 0) return null;
  const match = /version "(?:1\.)?(\d+)/.exec(result.stderr);
  return match?.[1] ? Number(match[1]) : 0;
}

function hasMaven(command: string): boolean {
  const result = spawnSync(command, ['-v'], {
    stdio: 'ignore',
    shell: process.platform === 'win32',
  });
  return !result.error && result.status === 0;
}

/** Serialises concurrent installs in one checkout: both would write target/. */
function withBuildLock(build: () => number): number {
  const deadline = Date.now() + LOCK_STALE_MS;
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      break;
    } catch {
      // A lock older than any build was left by a killed install.
      const lock = fs.statSync(LOCK_DIR, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > LOCK_STALE_MS) {
        fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${LOCK_DIR}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    // Another install may have built it while we waited.
    return isLauncherBuilt() ? 0 : build();
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

function runMaven(mvn: string): number {
  const started = Date.now();
  log('building the embedded Neo4j launcher with Maven (the first build downloads ~125 MB)…');
  // clean: a changed Neo4j version must not leave the old jars in target/lib beside the new.
  const result = spawnSync(mvn, ['-B', '-q', '-DskipTests', 'clean', 'package'], {
    cwd: EMBEDDED_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === 'win32',
  });
  // Debian's Maven 3.8 prints bare colour resets even with -q -B; keep only real output.
  const output = stripVTControlCharacters(`${result.stdout ?? ''}${result.stderr ?? ''}`).trim();
  if (output) console.error(output);
  if (result.status !== 0) {
    log(`Maven build of ${EMBEDDED_DIR} failed (exit ${result.status ?? result.signal}).`);
    return 1;
  }
  fs.writeFileSync(STAMP_FILE, hashLauncherSources() + '\n');
  log(`embedded Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}

/** Builds the launcher if needed; returns the process exit code. */
function buildLauncher(): number {
  if (isLauncherBuilt()) return 0;
  const javaMajor = findJavaMajor();
  const mvn = process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
  const missing =
    javaMajor === null
      ? 'no `java` on PATH'
      : javaMajor < 17
        ? `Java ${javaMajor} found, 17 or newer needed`
        : hasMaven(mvn)
          ? null
          : 'no `mvn` (Apache Maven) on PATH';
  if (missing) {
    log(
      `skipping the embedded Neo4j build: ${missing}. Install a JDK 17+ and Maven, then run` +
        ' `npm install` again; or set NEO4J_URI to use an existing Neo4j.',
    );
    return 0;
  }
  fs.mkdirSync(TARGET_DIR, { recursive: true });
  return withBuildLock(() => runMaven(mvn));
}

process.exitCode = buildLauncher();
