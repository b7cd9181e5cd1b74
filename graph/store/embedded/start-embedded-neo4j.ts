import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { isLauncherBuilt } from './is-launcher-built.js';
import { CLASSES_DIR, LIB_DIR, MAIN_CLASS } from './launcher-paths.js';

export interface EmbeddedNeo4jOptions {
  /** Neo4j home of the embedded instance (data/ and logs/ go under it). */
  dataDir: string;
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** JVM heap cap (-Xmx); default 512. */
  heapMb?: number;
  /** Neo4j page cache; default 128 (unset, Neo4j would take half the machine's RAM). */
  pageCacheMb?: number;
  /** The java executable; default `java` on PATH. */
  java?: string;
  /** How long to wait for the ready line; default 180 s (5–15 s on an idle 2-core machine, over a minute on a busy one). */
  timeoutMs?: number;
}

export interface EmbeddedNeo4j {
  /** bolt://127.0.0.1:PORT; auth is off, so any credentials are accepted. */
  uri: string;
  /** Pid of the JVM. */
  pid: number;
  /** Neo4j version and startup time, as the launcher reported them. */
  neo4jVersion: string;
  startupMs: number;
  /** SIGTERM, then waits for the JVM to exit (SIGKILL after 30 s). Safe to call twice. */
  stop(): Promise<void>;
}

const READY = /^innograph-neo4j ready (bolt:\/\/\S+) \(neo4j (\S+), (\d+) ms\)$/;
const ERROR_PREFIX = 'innograph-neo4j error: ';
const STOP_GRACE_MS = 30_000;

/** The JVM flags Neo4j's own launcher passes, plus memory caps for a small machine. */
export function toLauncherArgs(options: EmbeddedNeo4jOptions): string[] {
  return [
    `-Xmx${options.heapMb ?? 512}m`,
    '-XX:+ExitOnOutOfMemoryError',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dfile.encoding=UTF-8',
    '-cp',
    `${CLASSES_DIR}${path.delimiter}${path.join(LIB_DIR, '*')}`,
    MAIN_CLASS,
    '--data-dir',
    path.resolve(options.dataDir),
    '--port',
    String(options.port),
    '--page-cache-mb',
    String(options.pageCacheMb ?? 128),
  ];
}

/**
 * Starts Neo4j embedded in a child JVM and resolves once it answers `RETURN 1` over Bolt.
 * The JVM's stdin is a pipe from this process: when this process dies, the pipe closes and the
 * launcher shuts Neo4j down, so no orphan keeps the port and the store lock.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  if (!isLauncherBuilt()) {
    throw new Error(
      'The embedded Neo4j launcher is not built or is out of date (graph/store/embedded/target): ' +
        'install a JDK 17+ and Maven and run `npm install`, or set NEO4J_URI to use an existing Neo4j.',
    );
  }
  const java = options.java ?? 'java';
  // detached: a new process group, so a terminal's Ctrl-C reaches only us and we stop Neo4j
  // after closing what uses it; our death still reaches it through the stdin pipe.
  const child = spawn(java, toLauncherArgs(options), {
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const ready = await waitForReady(child, java, options.timeoutMs ?? 180_000);
    // From here the app may exit without calling stop(): the closing stdin pipe stops the JVM.
    child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr]) {
      (stream as unknown as { unref?: () => void }).unref?.();
    }
    let stopping: Promise<void> | undefined;
    return {
      ...ready,
      pid: child.pid!,
      stop: () => (stopping ??= stopChild(child, exited)),
    };
  } catch (error) {
    await stopChild(child, exited);
    throw error;
  }
}

function waitForReady(
  child: ChildProcessWithoutNullStreams,
  java: string,
  timeoutMs: number,
): Promise<Pick<EmbeddedNeo4j, 'uri' | 'neo4jVersion' | 'startupMs'>> {
  return new Promise((resolve, reject) => {
    const stderrTail: string[] = [];
    let launcherError: string | undefined;
    let isReady = false;
    const timer = setTimeout(
      () => reject(new Error(`embedded Neo4j was not ready within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    const settle = () => clearTimeout(timer);

    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = READY.exec(line);
      if (match) {
        isReady = true;
        settle();
        resolve({ uri: match[1]!, neo4jVersion: match[2]!, startupMs: Number(match[3]) });
      }
    });
    createInterface({ input: child.stderr }).on('line', (line) => {
      // After startup the launcher only writes here when something is wrong: pass it on.
      if (isReady) return void process.stderr.write(`${line}\n`);
      if (line.startsWith(ERROR_PREFIX)) launcherError ??= line.slice(ERROR_PREFIX.length);
      stderrTail.push(line);
      if (stderrTail.length > 5) stderrTail.shift();
    });
    // EPIPE on stdin when the JVM has died is reported by the exit handler below.
    child.stdin.on('error', () => undefined);
    child.once('error', (error: NodeJS.ErrnoException) => {
      settle();
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `Java not found (${java}): the embedded Neo4j needs a Java 17+ runtime on PATH, ` +
                'or set NEO4J_URI to use an existing Neo4j',
            )
          : error,
      );
    });
    // 'close' comes after the stdio streams ended, so the launcher's error line has been read.
    child.once('close', (code, signal) => {
      settle();
      reject(
        new Error(
          launcherError ??
            `embedded Neo4j exited (${signal ?? `code ${code}`}) before it was ready` +
              (stderrTail.length > 0 ? `: ${stderrTail.join(' | ')}` : ''),
        ),
      );
    });
  });
}

async function stopChild(child: ChildProcessWithoutNullStreams, exited: Promise<void>) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  child.kill('SIGTERM');
  const killTimer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(killTimer);
}
