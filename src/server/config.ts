import { isAbsolute, join, resolve } from 'node:path';
import type { DatabaseConfig } from './db/connect';
import { projectRoot } from './project-root';

export interface ServerConfig {
  readonly database: DatabaseConfig;
  readonly port: number;
  readonly host: string;
  /** Load the demo municipality at start if it is not there. */
  readonly loadDemo: boolean;
  readonly webRoot: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Where the data lives: PostgreSQL when DATABASE_URL is set, otherwise the embedded database
 * in DATA_DIR (./data by default, relative to the current folder).
 */
export function databaseConfig(env: NodeJS.ProcessEnv, dataDirOption?: string): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new ConfigError(`DATABASE_URL ska börja med postgres:// (var: ${url})`);
    }
    return { engine: 'postgres', url };
  }
  const dataDir = dataDirOption ?? env.DATA_DIR ?? 'data';
  return { engine: 'pglite', dataDir: isAbsolute(dataDir) ? dataDir : resolve(dataDir) };
}

export function serverConfig(env: NodeJS.ProcessEnv, argv: readonly string[]): ServerConfig {
  const port = Number(env.PORT ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT ska vara ett portnummer 0-65535 (var: ${env.PORT ?? ''})`);
  }
  const unknown = argv.filter((arg) => arg !== '--demo');
  if (unknown.length > 0)
    throw new ConfigError(`Okänd flagga: ${unknown.join(' ')} (känd: --demo)`);
  return {
    database: databaseConfig(env),
    port,
    host: env.HOST ?? 'localhost',
    loadDemo: argv.includes('--demo') || env.NAMNDKOLL_DEMO === '1',
    webRoot: join(projectRoot(), 'dist', 'web'),
  };
}
