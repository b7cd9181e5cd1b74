package innograph.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;

/**
 * Runs Neo4j Community embedded with only its Bolt connector on 127.0.0.1, for innograph's default
 * store and its integration tests. The contract with graph/store/embedded/start-embedded-neo4j.ts:
 *
 * <ul>
 *   <li>stdout carries exactly one line, {@code innograph-neo4j ready bolt://127.0.0.1:PORT ...},
 *       printed once {@code RETURN 1} has succeeded;
 *   <li>a failure is one line on stderr starting {@code innograph-neo4j error:} and a non-zero exit
 *       (2 bad arguments, 3 port taken, 4 store locked, 1 anything else);
 *   <li>SIGTERM, SIGINT or EOF on stdin (the parent died and its pipe closed) shut the database
 *       down through the shutdown hook, so no orphan JVM keeps the port and the store lock.
 * </ul>
 *
 * Usage: {@code EmbeddedNeo4jLauncher --data-dir DIR --port N [--page-cache-mb N]
 * [--tx-memory-mb N] [--ignore-stdin]}. The heap is a JVM flag ({@code -Xmx}).
 */
public final class EmbeddedNeo4jLauncher {
  private static final String PREFIX = "innograph-neo4j";
  private static final String HOST = "127.0.0.1";

  private static final int EXIT_FAILURE = 1;
  private static final int EXIT_USAGE = 2;
  private static final int EXIT_PORT_TAKEN = 3;
  private static final int EXIT_STORE_LOCKED = 4;

  private EmbeddedNeo4jLauncher() {}

  /** Thrown for failures that already have their one-line explanation. */
  private static final class LaunchFailure extends RuntimeException {
    final int exitCode;

    LaunchFailure(int exitCode, String message) {
      super(message);
      this.exitCode = exitCode;
    }
  }

  private record Options(
      Path dataDir, int port, long pageCacheMb, long txMemoryMb, boolean watchStdin) {}

  private static volatile DatabaseManagementService service;

  public static void main(String[] args) {
    // Neo4j and its libraries must never write to stdout: the parent reads it for the ready line.
    PrintStream out = System.out;
    System.setOut(new PrintStream(System.err, true, StandardCharsets.UTF_8));
    long started = System.nanoTime();
    try {
      Options options = parseOptions(args);
      if (options.watchStdin()) {
        watchStdin();
      }
      Runtime.getRuntime()
          .addShutdownHook(new Thread(EmbeddedNeo4jLauncher::shutdown, PREFIX + "-shutdown"));
      ensurePortFree(options.port());
      ensureStoreUnlocked(options.dataDir());
      GraphDatabaseService db = start(options);
      db.executeTransactionally("RETURN 1");
      long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
      out.printf(
          Locale.ROOT,
          "%s ready bolt://%s:%d (neo4j %s, %d ms)%n",
          PREFIX,
          HOST,
          options.port(),
          Version.getNeo4jVersion(),
          millis);
      out.flush();
      // Park the main thread; the shutdown hook (SIGTERM, SIGINT, stdin EOF) ends the process.
      new CountDownLatch(1).await();
    } catch (LaunchFailure failure) {
      fail(failure.exitCode, failure.getMessage());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } catch (Throwable error) {
      Options parsed = tryParse(args);
      fail(classify(error, parsed));
    }
  }

  private static GraphDatabaseService start(Options options) {
    try {
      Files.createDirectories(options.dataDir());
    } catch (IOException error) {
      throw new LaunchFailure(
          EXIT_FAILURE, "cannot create data directory " + options.dataDir() + ": " + error);
    }
    SocketAddress address = new SocketAddress(HOST, options.port());
    DatabaseManagementServiceBuilder builder =
        new DatabaseManagementServiceBuilder(options.dataDir())
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, address)
            .setConfig(BoltConnector.advertised_address, address)
            // Bolt waits 5 s for connections and another 5 s for its thread pool on shutdown;
            // a local store has no clients worth 10 s of every stop (tests stop it often).
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            // Unset, the page cache takes half the machine's RAM.
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(options.pageCacheMb()))
            .setConfig(
                GraphDatabaseSettings.memory_transaction_global_max_size,
                ByteUnit.mebiBytes(options.txMemoryMb()))
            .setConfig(
                GraphDatabaseSettings.memory_transaction_max_size,
                ByteUnit.mebiBytes(Math.max(16, options.txMemoryMb() / 2)))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(2))
            // Without this every transaction log starts as a 256 MiB file of zeros.
            .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
            .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
            .setConfig(GraphDatabaseSettings.udc_enabled, false)
            // Every Bolt query would otherwise be written to query.log (slow ingest, big files).
            .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF);
    Path logConfig = smallLogConfig();
    if (logConfig != null) {
      builder.setConfig(GraphDatabaseSettings.server_logging_config_path, logConfig);
    }
    DatabaseManagementService dbms = builder.build();
    service = dbms;
    return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
  }

  /**
   * The bundled log4j file with small rotation, when it sits on disk (our `-cp target/classes`
   * layout); Neo4j reads the logging config from a path, not from the classpath.
   */
  private static Path smallLogConfig() {
    URL resource = EmbeddedNeo4jLauncher.class.getResource("/innograph-server-logs.xml");
    if (resource == null || !resource.getProtocol().equals("file")) {
      return null;
    }
    try {
      return Path.of(resource.toURI());
    } catch (URISyntaxException error) {
      return null;
    }
  }

  private static void shutdown() {
    DatabaseManagementService dbms = service;
    service = null;
    if (dbms != null) {
      try {
        dbms.shutdown();
      } catch (Throwable error) {
        System.err.println(PREFIX + " error: shutdown failed: " + firstLine(rootCause(error)));
      }
    }
  }

  /** Exits (through the shutdown hook) when stdin reaches EOF: the parent process has gone. */
  private static void watchStdin() {
    Thread watcher =
        new Thread(
            () -> {
              InputStream in = System.in;
              byte[] buffer = new byte[256];
              try {
                while (in.read(buffer) >= 0) {
                  // Input is ignored; only its end matters.
                }
              } catch (IOException ignored) {
                // A broken pipe means the same as EOF.
              }
              System.exit(0);
            },
            PREFIX + "-stdin");
    watcher.setDaemon(true);
    watcher.start();
  }

  /**
   * Checks the port before the (slow) database start, so a taken port fails in well under a
   * second. Neo4j's own bind failure is still classified below for the race where another process
   * takes the port in between.
   */
  private static void ensurePortFree(int port) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
    } catch (IOException error) {
      throw portTaken(port);
    }
  }

  /**
   * Fails fast when another process holds the DBMS store lock (Neo4j's own check comes only after
   * seconds of startup). Neo4j takes the same OS file lock on {@code data/databases/store_lock}, so
   * a lock we can take and release is free; Neo4j's failure is still classified for the race.
   */
  private static void ensureStoreUnlocked(Path dataDir) {
    Path lockFile = dataDir.resolve("data").resolve("databases").resolve("store_lock");
    if (!Files.exists(lockFile)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw storeLocked(dataDir);
      }
      lock.release();
    } catch (IOException error) {
      // Unreadable lock file: let Neo4j report what is wrong with the store.
    }
  }

  private static LaunchFailure storeLocked(Path dataDir) {
    return new LaunchFailure(
        EXIT_STORE_LOCKED,
        "the store in "
            + dataDir
            + " is locked by another Neo4j process; stop it or use another data directory"
            + " (INNOGRAPH_DATA_DIR)");
  }

  private static LaunchFailure portTaken(int port) {
    return new LaunchFailure(
        EXIT_PORT_TAKEN,
        "port "
            + port
            + " on "
            + HOST
            + " is already in use; stop what holds it or choose another port"
            + " (INNOGRAPH_NEO4J_PORT)");
  }

  private static LaunchFailure classify(Throwable error, Options options) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      String name = cause.getClass().getSimpleName();
      if (cause instanceof BindException && options != null) {
        return portTaken(options.port());
      }
      if (name.equals("FileLockException") || name.equals("StoreLockException")) {
        return storeLocked(options == null ? Path.of("the data directory") : options.dataDir());
      }
    }
    Throwable root = rootCause(error);
    return new LaunchFailure(
        EXIT_FAILURE, root.getClass().getSimpleName() + ": " + firstLine(root));
  }

  private static Options parseOptions(String[] args) {
    Path dataDir = null;
    Integer port = null;
    long pageCacheMb = 128;
    long txMemoryMb = 256;
    boolean watchStdin = true;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (flag.equals("--ignore-stdin")) {
        watchStdin = false;
        continue;
      }
      if (i + 1 >= args.length) {
        throw usage("missing value for " + flag);
      }
      String value = args[++i];
      switch (flag) {
        case "--data-dir" -> dataDir = Path.of(value).toAbsolutePath().normalize();
        case "--port" -> port = (int) parseNumber(flag, value, 1, 65535);
        case "--page-cache-mb" -> pageCacheMb = parseNumber(flag, value, 8, 1 << 20);
        case "--tx-memory-mb" -> txMemoryMb = parseNumber(flag, value, 32, 1 << 20);
        default -> throw usage("unknown option " + flag);
      }
    }
    if (dataDir == null || port == null) {
      throw usage("--data-dir and --port are required");
    }
    return new Options(dataDir, port, pageCacheMb, txMemoryMb, watchStdin);
  }

  private static Options tryParse(String[] args) {
    try {
      return parseOptions(args);
    } catch (RuntimeException error) {
      return null;
    }
  }

  private static long parseNumber(String flag, String value, long min, long max) {
    try {
      long number = Long.parseLong(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException ignored) {
      // Reported below with the accepted range.
    }
    throw usage(flag + " must be an integer " + min + "-" + max + ", got \"" + value + "\"");
  }

  private static LaunchFailure usage(String message) {
    return new LaunchFailure(
        EXIT_USAGE,
        message
            + " (usage: --data-dir DIR --port N [--page-cache-mb N] [--tx-memory-mb N]"
            + " [--ignore-stdin])");
  }

  private static void fail(LaunchFailure failure) {
    fail(failure.exitCode, failure.getMessage());
  }

  private static void fail(int exitCode, String message) {
    System.err.println(PREFIX + " error: " + message);
    System.err.flush();
    // Stop whatever did start, then halt rather than exit: Neo4j's half-started threads must not
    // keep the JVM alive, and the shutdown hook has nothing left to do.
    shutdown();
    Runtime.getRuntime().halt(exitCode);
  }

  private static Throwable rootCause(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String firstLine(Throwable error) {
    String message = String.valueOf(error.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
