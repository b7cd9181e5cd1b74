import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES } from '../../graph/config/config-variables.js';
import { ConfigError, loadConfig } from '../../graph/config/load-config.js';

describe('loadConfig', () => {
  it('fills the defaults from an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      neo4jUri: undefined,
      neo4jUser: 'neo4j',
      neo4jPassword: '',
      neo4jDatabase: undefined,
      dataDir: '.data/neo4j',
      embeddedNeo4jPort: 7687,
      token: undefined,
      corsOrigins: undefined,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 's3cret',
      NEO4J_DATABASE: 'policies',
      INNOGRAPH_DATA_DIR: '/var/lib/innograph',
      INNOGRAPH_NEO4J_PORT: '17687',
      INNOGRAPH_TOKEN: 'a-long-write-token',
      INNOGRAPH_CORS_ORIGIN: 'http://localhost:5173, https://graph.example.org',
    });
    expect(config).toEqual({
      port: 8080,
      neo4jUri: 'neo4j+s://abcd1234.databases.neo4j.io',
      neo4jUser: 'reader',
      neo4jPassword: 's3cret',
      neo4jDatabase: 'policies',
      dataDir: '/var/lib/innograph',
      embeddedNeo4jPort: 17687,
      token: 'a-long-write-token',
      corsOrigins: ['http://localhost:5173', 'https://graph.example.org'],
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' })).toMatchObject({
      port: 4000,
      neo4jUri: undefined,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be an integer 1-65535, got "abc"'],
    [{ PORT: '0' }, 'PORT must be an integer 1-65535, got "0"'],
    [
      { INNOGRAPH_NEO4J_PORT: '65536' },
      'INNOGRAPH_NEO4J_PORT must be an integer 1-65535, got "65536"',
    ],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI must be a neo4j://'],
    [{ NEO4J_DATABASE: 'a b' }, 'NEO4J_DATABASE must be a Neo4j database name'],
    [{ INNOGRAPH_CORS_ORIGIN: 'localhost:5173' }, 'INNOGRAPH_CORS_ORIGIN must be "*" or'],
  ])('rejects %o naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reports every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', INNOGRAPH_NEO4J_PORT: 'y' })).toThrow(
      'PORT must be an integer 1-65535, got "x"\nINNOGRAPH_NEO4J_PORT must be an integer 1-65535, got "y"',
    );
  });

  it('never echoes a secret back', () => {
    expect(() => loadConfig({ INNOGRAPH_TOKEN: 'abc' })).toThrow(
      /^INNOGRAPH_TOKEN must be at least 8 characters$/,
    );
  });

  it('lets overrides win over the environment and names the flag when they are bad', () => {
    expect(loadConfig({ PORT: '4001' }, { PORT: 5000 }).port).toBe(5000);
    expect(loadConfig({ PORT: '4001' }, { PORT: undefined }).port).toBe(4001);
    expect(() => loadConfig({}, { PORT: 'x' })).toThrow(
      '--port must be an integer 1-65535, got "x"',
    );
  });

  it('gives every variable a distinct --flag', () => {
    const flags = CONFIG_VARIABLES.map((variable) => variable.flag);
    expect(new Set(flags).size).toBe(flags.length);
  });
});
