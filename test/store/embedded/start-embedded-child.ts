import { startEmbeddedNeo4j } from '../../../graph/store/embedded/start-embedded-neo4j.js';

// Child process for the parent-death test: starts the launcher, prints the JVM's pid as JSON and
// waits to be killed. Never stops the JVM itself: its death must do that.
const [dataDir, port] = process.argv.slice(2);
const neo4j = await startEmbeddedNeo4j({ dataDir: dataDir!, port: Number(port), heapMb: 256 });
process.stdout.write(`${JSON.stringify({ pid: neo4j.pid, uri: neo4j.uri })}\n`);
// unref'd child: keep this process alive on purpose until the test kills it.
setInterval(() => undefined, 60_000);
