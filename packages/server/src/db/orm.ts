import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MikroORM, type Options as FullOptions } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { entities } from './entities.js';

// Next to this module: src/db/migrations (*.ts) under tsx and in tests, dist/db/migrations (*.js) in the build.
export const migrationsDir = path.join(import.meta.dirname, 'migrations');
const runningFromSource = import.meta.filename.endsWith('.ts');

/** Same entities and migrations for both databases; only the driver differs. */
type Options = Partial<FullOptions>;

export async function ormOptions(config: Pick<Config, 'databaseUrl' | 'dataDir'>, logger?: Logger): Promise<Options> {
  const common: Options = {
    entities,
    logger: logger ? (message) => logger.debug({ orm: true }, message) : undefined,
    extensions: [Migrator],
    preferTs: runningFromSource,
    forceUtcTimezone: true,
    ensureDatabase: false,
    migrations: {
      path: migrationsDir,
      pathTs: migrationsDir,
      glob: runningFromSource ? '!(*.d).ts' : '*.js',
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
  // Loaded only for the embedded database: a server on PostgreSQL starts (and restarts) faster without it.
  const [{ PgliteDriver }, { pg_trgm }] = await Promise.all([import('@mikro-orm/pglite'), import('@electric-sql/pglite/contrib/pg_trgm')]);
  // pg_trgm serves substring search and duplicate suggestions, Chinese included, on both databases.
  return { ...common, driver: PgliteDriver, dbName: config.dataDir, driverOptions: { extensions: { pg_trgm } } };
}

/**
 * Connects, then brings the schema up to date (schema changes happen only through migrations) and
 * runs `prepare` (the seed). On PostgreSQL this happens under a database-wide lock, held on one
 * connection while the work uses others: instances started together take turns.
 */
export async function openDatabase<T>(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  logger: Logger | undefined,
  prepare: (em: SqlEntityManager) => Promise<T>,
): Promise<{ orm: MikroORM; prepared: T }> {
  const orm = await MikroORM.init(await ormOptions(config, logger));
  const em = orm.em as SqlEntityManager;
  const migrateAndPrepare = async () => {
    await orm.migrator.up();
    return prepare(em.fork());
  };
  try {
    // The embedded database has one connection and one process: there is nobody to take turns with.
    if (!config.databaseUrl) return { orm, prepared: await migrateAndPrepare() };
    const prepared = await em.fork().transactional(async (lock) => {
      await lock.execute('select pg_advisory_xact_lock(7249001)');
      return migrateAndPrepare();
    });
    return { orm, prepared };
  } catch (error) {
    // A start that fails here (a migration, a wrong master key) leaves no connection behind.
    await orm.close().catch(() => undefined);
    throw error;
  }
}
