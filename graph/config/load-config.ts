import { z } from 'zod';
import { CONFIG_VARIABLES } from './config-variables.js';
import type { ConfigVariableName } from './config-variables.js';

/** Everything innograph reads from its environment, checked once at start (see CONFIG_VARIABLES). */
export interface Config {
  /** PORT: the API's HTTP port. */
  port: number;
  /** NEO4J_URI: an existing Neo4j to use; undefined starts the embedded one. */
  neo4jUri: string | undefined;
  neo4jUser: string;
  neo4jPassword: string;
  /** NEO4J_DATABASE: undefined means the server's default database. */
  neo4jDatabase: string | undefined;
  /** INNOGRAPH_DATA_DIR: home of the embedded Neo4j. */
  dataDir: string;
  /** INNOGRAPH_NEO4J_PORT: Bolt port of the embedded Neo4j. */
  embeddedNeo4jPort: number;
  /** INNOGRAPH_TOKEN: bearer token for mutations; undefined means writes are refused. */
  token: string | undefined;
  /** INNOGRAPH_CORS_ORIGIN: allowed origins ('*' for any); undefined keeps the server default. */
  corsOrigins: string[] | undefined;
}

/** Values that override the environment, e.g. from CLI flags; undefined leaves the variable be. */
export type ConfigOverrides = Partial<Record<ConfigVariableName, string | number | undefined>>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const NEO4J_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'] as const;

const portNumber = z
  .string()
  .regex(/^\d{1,5}$/, 'must be an integer 1-65535')
  .transform(Number)
  .refine((port) => port >= 1 && port <= 65535, 'must be an integer 1-65535');

// bolt://localhost:7687, neo4j+s://abcd1234.databases.neo4j.io → accepted as they are.
const neo4jUri = z.string().refine(
  (value) => {
    const scheme = /^([a-z0-9+]+):\/\/[^/\s]+/i.exec(value)?.[1]?.toLowerCase();
    return NEO4J_SCHEMES.some((known) => known === scheme);
  },
  `must be a ${NEO4J_SCHEMES.map((scheme) => `${scheme}://`).join(', ')} URI`,
);

// Neo4j database names: a letter, then letters, digits, dots and dashes (3-63 characters).
const databaseName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'must be a Neo4j database name such as "neo4j"');

// "*" or a comma-separated list of origins: "http://localhost:5173,https://graph.example.org".
const corsOrigins = z
  .string()
  .transform((value) => value.split(',').map((origin) => origin.trim()))
  .refine(
    (origins) => origins.every((origin) => origin === '*' || isOrigin(origin)),
    'must be "*" or comma-separated origins such as "https://example.org"',
  );

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value.replace(/\/$/, '');
  } catch {
    return false;
  }
}

const SCHEMAS = {
  PORT: portNumber,
  NEO4J_URI: neo4jUri,
  NEO4J_USER: z.string(),
  NEO4J_PASSWORD: z.string(),
  NEO4J_DATABASE: databaseName,
  INNOGRAPH_DATA_DIR: z.string(),
  INNOGRAPH_NEO4J_PORT: portNumber,
  INNOGRAPH_TOKEN: z.string().min(8, 'must be at least 8 characters'),
  INNOGRAPH_CORS_ORIGIN: corsOrigins,
} satisfies Record<ConfigVariableName, z.ZodType>;

type Parsed = { [Name in ConfigVariableName]: z.output<(typeof SCHEMAS)[Name]> | undefined };

/**
 * Reads and checks the configuration. An empty variable counts as unset (as `FOO=` in a shell or
 * a compose file means). Every bad value is reported at once, each line naming the variable (or
 * the CLI flag, when the value came from one) and the value it got.
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  overrides: ConfigOverrides = {},
): Config {
  const problems: string[] = [];
  const parsed: Partial<Record<ConfigVariableName, unknown>> = {};
  for (const variable of CONFIG_VARIABLES) {
    const override = overrides[variable.name];
    const fromFlag = override !== undefined && override !== '';
    const raw = fromFlag ? String(override) : (env[variable.name] ?? '');
    const value = raw === '' ? variable.defaultValue : raw;
    if (value === undefined) continue;
    const result = SCHEMAS[variable.name].safeParse(value);
    if (result.success) {
      parsed[variable.name] = result.data;
    } else {
      const label = fromFlag ? variable.flag : variable.name;
      const reason = result.error.issues[0]?.message ?? 'is invalid';
      // Secrets are never echoed back.
      const shown = variable.secret ? '' : `, got ${JSON.stringify(value)}`;
      problems.push(`${label} ${reason}${shown}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  const values = parsed as Parsed;
  return {
    port: values.PORT!,
    neo4jUri: values.NEO4J_URI,
    neo4jUser: values.NEO4J_USER!,
    neo4jPassword: values.NEO4J_PASSWORD ?? '',
    neo4jDatabase: values.NEO4J_DATABASE,
    dataDir: values.INNOGRAPH_DATA_DIR!,
    embeddedNeo4jPort: values.INNOGRAPH_NEO4J_PORT!,
    token: values.INNOGRAPH_TOKEN,
    corsOrigins: values.INNOGRAPH_CORS_ORIGIN,
  };
}
