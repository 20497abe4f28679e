// Unlocks a staff account from the server's console, run by scripts/unlock-account.sh with the
// server's environment (DATABASE_URL, or DATA_DIR for the embedded database): the way back in when
// every security administrator is locked out. Audit-logged as done from the console. Exits 0 when
// the account may sign in again, 1 when there is no such account, 2 when it could not run.
import { existsSync } from 'node:fs';
import { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { ConfigError, loadConfig } from '../config.js';
import { ormOptions } from '../db/orm.js';
import { DomainError } from '../graphql/errors.js';
import { unlockFromConsole } from '../modules/account/life-cycle.service.js';
import { snapshotSocketPath } from './snapshot.js';

async function main(username: string | undefined): Promise<number> {
  if (!username) {
    console.error('Usage: bash scripts/unlock-account.sh <username>');
    return 2;
  }
  const config = loadConfig();
  // The embedded database has one user at a time.
  if (!config.databaseUrl && existsSync(snapshotSocketPath(config.dataDir))) {
    console.error('A server is running on this embedded database: stop it first (or have a security administrator unlock the account).');
    return 2;
  }
  const orm = await MikroORM.init(await ormOptions(config));
  try {
    const done = await unlockFromConsole(orm.em.fork() as SqlEntityManager, username);
    console.log(
      done.wasLocked
        ? `${done.username} (${done.role}) is unlocked and may sign in again.`
        : `${done.username} (${done.role}) was not locked; its count of failed sign-ins starts afresh.`,
    );
    if (done.deactivated)
      console.log(`${done.username} is deactivated, though: a security administrator must reactivate it before it can sign in.`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') {
      console.error(`There is no account "${username}".`);
      return 1;
    }
    throw error;
  } finally {
    await orm.close();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(2);
  },
);
