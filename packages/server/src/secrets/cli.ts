// Master key commands (see README "Keys"):
//   secrets:new-key [id]   prints a new key ring entry, for SECRET_KEY_FILE or SECRET_KEY
//   secrets:rotate         after putting a new key first in the key ring: re-wraps every data key
//                          under it and re-seals every phone number; the old key may then be removed
//   secrets:reseal [--dry-run] [--end-sign-ins] [--batch N]
//                          after CRYPTO_SUITE changed (and the servers restarted with it): moves stored
//                          data to that suite (see reseal.ts); `bash scripts/reseal.sh` runs it
import { existsSync } from 'node:fs';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/orm.js';
import { snapshotSocketPath } from '../ops/snapshot.js';
import { useCryptoSuite } from './crypto-suite.js';
import { loadKeyRing, newKeyEntry } from './key-ring.js';
import { resealUnderSuite } from './reseal.js';
import { rotateServerKeys } from './server-keys.js';

const [command, argument] = process.argv.slice(2);
try {
  if (command === 'new-key') {
    console.log(newKeyEntry(argument ?? `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}`));
  } else if (command === 'rotate') {
    const config = loadConfig();
    useCryptoSuite(config.cryptoSuite);
    const ring = loadKeyRing(config.secretKey);
    const { orm, prepared: result } = await openDatabase(config, undefined, (em) => rotateServerKeys(em, ring));
    await orm.close();
    console.log(
      `Every data key (${result.rewrapped}) is now wrapped by master key "${result.masterKey}"; ${result.resealed} phone numbers were sealed again under the new key ${result.sealKey}.`,
    );
    if (ring.length > 1)
      console.log(
        `Remove the older master keys (${ring
          .slice(1)
          .map((k) => k.id)
          .join(', ')}) from the key ring, and restart every server instance.`,
      );
  } else if (command === 'reseal') {
    const flags = process.argv.slice(3);
    const batchAt = flags.indexOf('--batch');
    const batchSize = batchAt >= 0 ? Number(flags[batchAt + 1]) : 500;
    const known = new Set(['--dry-run', '--end-sign-ins', '--batch']);
    if (
      flags.some((flag, i) => !known.has(flag) && (batchAt < 0 || i !== batchAt + 1)) ||
      !Number.isInteger(batchSize) ||
      batchSize < 1 ||
      batchSize > 10_000
    ) {
      console.error('Usage: secrets:reseal [--dry-run] [--end-sign-ins] [--batch N (1 to 10000)]');
      process.exitCode = 64;
    } else {
      const config = loadConfig();
      // The embedded database has one user at a time.
      if (!config.databaseUrl && existsSync(snapshotSocketPath(config.dataDir)))
        throw new ConfigError('A server is running on this embedded database: stop it first, then reseal.');
      const suite = useCryptoSuite(config.cryptoSuite);
      const ring = loadKeyRing(config.secretKey);
      const dryRun = flags.includes('--dry-run');
      console.log(`${dryRun ? 'Dry run: nothing is written. ' : ''}Moving stored data to the ${suite.name} crypto suite (CRYPTO_SUITE).`);
      const { orm } = await openDatabase(config, undefined, async () => undefined);
      try {
        const report = await resealUnderSuite(orm.em.fork() as SqlEntityManager, ring, {
          dryRun,
          endSignIns: flags.includes('--end-sign-ins'),
          batchSize,
          progress: (line) => console.log(line),
        });
        console.log(
          dryRun
            ? `Dry run done: ${report.rewrapped} data keys and ${report.resealed} phone numbers would be moved to ${report.suite}.`
            : `Done: ${report.rewrapped} data keys and ${report.resealed} phone numbers are now under ${report.suite}; running it again changes nothing.`,
        );
      } finally {
        await orm.close();
      }
    }
  } else {
    console.error('Usage: secrets:new-key [id] | secrets:rotate | secrets:reseal [--dry-run] [--end-sign-ins] [--batch N]');
    process.exitCode = 64;
  }
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Configuration problem: ${error.message}`);
  process.exitCode = 78;
}
