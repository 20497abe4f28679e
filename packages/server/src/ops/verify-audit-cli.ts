// Checks the audit log's hash chain (see modules/audit/audit-chain.ts), run by scripts/verify-audit.sh
// with the server's environment (DATABASE_URL, or DATA_DIR for the embedded database). Prints what it
// found; exits 0 when the chain is intact, 1 when it is broken, 2 when it could not check.
import { existsSync } from 'node:fs';
import { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { ConfigError, loadConfig } from '../config.js';
import { ormOptions } from '../db/orm.js';
import { verifyAuditChain } from '../modules/audit/audit-chain.js';
import { snapshotSocketPath } from './snapshot.js';

async function main(): Promise<number> {
  const config = loadConfig();
  // The embedded database has one user at a time: a running server answers the auditChainStatus query instead.
  if (!config.databaseUrl && existsSync(snapshotSocketPath(config.dataDir))) {
    console.error(
      'A server is running on this embedded database: stop it first, or ask it (GraphQL query auditChainStatus, SECURITY_ADMIN).',
    );
    return 2;
  }
  const orm = await MikroORM.init(await ormOptions(config));
  try {
    const report = await verifyAuditChain(orm.em.fork() as SqlEntityManager);
    const from = report.firstSeq > 1 ? ` from place ${report.firstSeq} (the ones before were removed by the retention purge)` : '';
    console.log(`audit chain: ${report.sealed} entries sealed and checked${from}, ${report.unsealed} not sealed yet.`);
    if (report.intact) {
      console.log('audit chain: intact.');
      return 0;
    }
    const { chainSeq, entryId, reason } = report.broken!;
    const what = {
      CHANGED: 'the entry was changed',
      MISSING: 'the entry is missing',
      HEAD_MISMATCH: 'the entry does not end where the chain head says',
      UNRECORDED_PURGE: 'the chain starts here, but no audit.purge entry records removing the ones before',
    }[reason];
    console.error(`audit chain: BROKEN at place ${chainSeq}${entryId ? ` (entry ${entryId})` : ''}: ${what}.`);
    return 1;
  } finally {
    await orm.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(2);
  },
);
