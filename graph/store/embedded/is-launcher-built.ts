import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { EMBEDDED_DIR, LIB_DIR, MAIN_CLASS_FILE, STAMP_FILE } from './launcher-paths.js';

/** Hash of everything the Maven build reads (pom.xml and src/), in a stable order. */
export function hashLauncherSources(): string {
  const hash = createHash('sha256');
  const files = ['pom.xml', ...listFiles(path.join(EMBEDDED_DIR, 'src'))];
  for (const file of files.sort()) {
    hash.update(file).update('\0');
    hash.update(fs.readFileSync(path.join(EMBEDDED_DIR, file))).update('\0');
  }
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(EMBEDDED_DIR, path.join(entry.parentPath, entry.name)));
}

/** True when target/ holds a complete build of the current sources (the stamp matches). */
export function isLauncherBuilt(): boolean {
  if (!fs.existsSync(MAIN_CLASS_FILE) || !fs.existsSync(LIB_DIR)) return false;
  if (fs.readdirSync(LIB_DIR).length === 0) return false;
  const stamp = fs.existsSync(STAMP_FILE) ? fs.readFileSync(STAMP_FILE, 'utf8').trim() : '';
  return stamp === hashLauncherSources();
}
