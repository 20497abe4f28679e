import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MikroORM, type Options as FullOptions } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PgliteDriver } from '@mikro-orm/pglite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { entities } from './entities.js';

export const migrationsDir = path.join(import.meta.dirname, 'migrations');

/** Same entities and migrations for both databases; only the driver differs. */
type Options = Partial<FullOptions>;

export function ormOptions(config: Pick<Config, 'databaseUrl' | 'dataDir'>, logger?: Logger): Options {
  const common: Options = {
    entities,
    logger: logger ? (message) => logger.debug({ orm: true }, message) : undefined,
    extensions: [Migrator],
    preferTs: true,
    forceUtcTimezone: true,
    ensureDatabase: false,
    migrations: {
      path: migrationsDir,
      pathTs: migrationsDir,
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
  };
  if (config.databaseUrl) {
    return { ...common, driver: PostgreSqlDriver, clientUrl: config.databaseUrl, pool: { min: 0, max: 10 } };
  }
  if (!config.dataDir.startsWith('memory://')) mkdirSync(config.dataDir, { recursive: true });
  return { ...common, driver: PgliteDriver, dbName: config.dataDir };
}

/** Connects and brings the schema up to date: schema changes happen only through migrations. */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>, logger?: Logger): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(config, logger));
  await orm.migrator.up();
  return orm;
}
