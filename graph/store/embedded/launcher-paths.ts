import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Where the Maven project of the embedded Neo4j launcher lives and what its build produces. */
export const EMBEDDED_DIR = path.dirname(fileURLToPath(import.meta.url));
export const TARGET_DIR = path.join(EMBEDDED_DIR, 'target');
export const CLASSES_DIR = path.join(TARGET_DIR, 'classes');
export const LIB_DIR = path.join(TARGET_DIR, 'lib');
/** Holds the hash of the sources the current build came from (see build-launcher.ts). */
export const STAMP_FILE = path.join(TARGET_DIR, 'innograph-build.sha256');
export const MAIN_CLASS = 'innograph.embedded.EmbeddedNeo4jLauncher';
export const MAIN_CLASS_FILE = path.join(CLASSES_DIR, ...MAIN_CLASS.split('.')) + '.class';
