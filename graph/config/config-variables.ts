/**
 * The environment variables innograph reads, with the CLI flag that overrides each. Deployments
 * and scripts rely on these names: add to the table, never rename. README's Configuration table
 * lists the same rows.
 */
export const CONFIG_VARIABLES = [
  { name: 'PORT', flag: '--port', defaultValue: '4000', secret: false },
  { name: 'NEO4J_URI', flag: '--neo4j-uri', defaultValue: undefined, secret: false },
  { name: 'NEO4J_USER', flag: '--neo4j-user', defaultValue: 'neo4j', secret: false },
  { name: 'NEO4J_PASSWORD', flag: '--neo4j-password', defaultValue: undefined, secret: true },
  { name: 'NEO4J_DATABASE', flag: '--neo4j-database', defaultValue: undefined, secret: false },
  { name: 'INNOGRAPH_DATA_DIR', flag: '--data-dir', defaultValue: '.data/neo4j', secret: false },
  { name: 'INNOGRAPH_NEO4J_PORT', flag: '--neo4j-port', defaultValue: '7687', secret: false },
  { name: 'INNOGRAPH_TOKEN', flag: '--token', defaultValue: undefined, secret: true },
  { name: 'INNOGRAPH_CORS_ORIGIN', flag: '--cors-origin', defaultValue: undefined, secret: false },
] as const satisfies readonly {
  name: string;
  flag: `--${string}`;
  defaultValue: string | undefined;
  secret: boolean;
}[];

export type ConfigVariableName = (typeof CONFIG_VARIABLES)[number]['name'];
