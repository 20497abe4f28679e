import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { ConfigError } from '../config.js';
import { cryptoSuite, otherSuite } from './crypto-suite.js';
import { type MasterKey, wrapKey, wrappedUnderCurrentSuite } from './key-ring.js';
import { lockedRows, sealFrom, unwrapAll } from './server-keys.js';

// Moving stored data to the crypto suite chosen with CRYPTO_SUITE (run by `bash scripts/reseal.sh`,
// after the servers were restarted with the new setting). What can be redone is redone; what cannot
// (hashes of things the server does not keep) keeps matching under both suites, as listed here:
//
// - data keys in server_secret: wrapped again under the current suite (one transaction);
// - clues' sealed phone numbers: opened and sealed again, in batches, one transaction each;
// - sign-in token hashes: tokens are not kept, so their digests cannot be redone. Sign-ins are looked
//   up under both digests and move to the current one on their next use, or expire (SESSION_TTL_HOURS);
//   `--end-sign-ins` ends the ones still under the other suite instead (staff sign in again);
// - keyed hashes of phone numbers (online rosters, SMS codes and the voters they name): numbers are not
//   kept, so they stay as they are; a session keeps matching a number under the key it knows it by
//   (identity.service.ts). Re-importing a draft session's roster keys it under the current suite;
// - the audit chain is history and is never rewritten: each link names its suite, new ones use the
//   current suite, and verification checks each under its own;
// - audience passes and device tokens live on phones and are not stored: signatures of either suite are
//   accepted (lib/signature.ts).
//
// Every step skips what is already under the current suite, so running it again does nothing new.

export interface ResealOptions {
  dryRun?: boolean;
  endSignIns?: boolean;
  batchSize?: number;
  progress?: (line: string) => void;
}

export interface ResealReport {
  suite: string;
  /** Data keys wrapped again (or, in a dry run, to be). */
  rewrapped: number;
  /** Phone numbers sealed again (or to be). */
  resealed: number;
  /** Sign-ins whose token digest is under the other suite: kept (they move on use) or ended. */
  signInsOther: number;
  signInsEnded: number;
  /** Roster entries and SMS codes keyed under the other suite: they keep matching, see above. */
  phoneKeysOther: number;
  /** Audit chain links sealed under the other suite (history: kept). */
  auditLinksOther: number;
}

/** A SQL condition true for a stored digest written by the other suite (SM3 digests read `sm3:…`). */
function otherDigest(column: string): string {
  return otherSuite().name === 'gm' ? `${column} like 'sm3:%'` : `${column} not like 'sm3:%'`;
}

export async function resealUnderSuite(em: EntityManager, ring: MasterKey[], options: ResealOptions = {}): Promise<ResealReport> {
  const { dryRun = false, endSignIns = false, batchSize = 500 } = options;
  const say = options.progress ?? (() => undefined);
  const current = ring[0]!;
  const suite = cryptoSuite();

  // Data keys, in one transaction that holds their rows.
  const { keys, rewrapped } = await em.transactional(async (tx) => {
    const rows = await lockedRows(tx);
    if (rows.some((r) => r.master_key_id === null))
      throw new ConfigError(
        'Start the server once with this version before resealing: the database still holds keys from before master keys.',
      );
    const keys = unwrapAll(rows, ring);
    const stale = rows.filter((r) => !wrappedUnderCurrentSuite(r.value));
    if (!dryRun)
      for (const row of stale)
        await tx.execute('update server_secret set value = ?, master_key_id = ? where name = ?', [
          wrapKey(current, row.name, keys.get(row.name)!),
          current.id,
          row.name,
        ]);
    return { keys, rewrapped: stale.length };
  });
  say(`data keys: ${rewrapped} ${dryRun ? 'to wrap' : 'wrapped'} again under ${suite.name}.`);

  // Phone numbers, batch after batch in id order; each batch is its own transaction.
  const seal = sealFrom(keys);
  const [{ total }] = (await em.execute<{ total: number }[]>('select count(*)::int as total from clue where phone_sealed is not null')) as [
    { total: number },
  ];
  let resealed = 0;
  let seen = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await em.transactional(async (tx) => {
      const rows = await tx.execute<{ id: string; phone_sealed: string }[]>(
        `select id, phone_sealed from clue where phone_sealed is not null and id > ? order by id limit ${Math.trunc(batchSize)} for update`,
        [after],
      );
      const changes = rows
        .filter((row) => !seal.isCurrent(row.phone_sealed))
        .map((row) => [row.id, seal.seal(seal.open(row.phone_sealed))]);
      if (!dryRun && changes.length > 0)
        await tx.execute(
          `update clue set phone_sealed = v.sealed from (values ${changes.map(() => '(?::uuid, ?)').join(', ')}) as v(id, sealed) where clue.id = v.id`,
          changes.flat(),
        );
      return { rows: rows.length, last: rows.at(-1)?.id, changed: changes.length };
    });
    if (batch.rows === 0) break;
    seen += batch.rows;
    resealed += batch.changed;
    after = batch.last!;
    say(`phone numbers: ${seen}/${total} read, ${resealed} ${dryRun ? 'to seal' : 'sealed'} again under ${suite.name}.`);
    if (batch.rows < batchSize) break;
  }
  if (seen === 0) say('phone numbers: none stored.');

  const count = async (sql: string) => ((await em.execute<{ n: number }[]>(sql))[0]?.n ?? 0) as number;
  const signInsOther = await count(`select count(*)::int as n from auth_session where ${otherDigest('token_hash')}`);
  let signInsEnded = 0;
  if (endSignIns && !dryRun && signInsOther > 0)
    signInsEnded = (await em.execute<{ id: string }[]>(`delete from auth_session where ${otherDigest('token_hash')} returning id`)).length;
  say(
    signInsEnded > 0
      ? `sign-ins: ${signInsEnded} made under ${otherSuite().name} were ended; those staff sign in again.`
      : `sign-ins: ${signInsOther} still under ${otherSuite().name}; ${endSignIns && dryRun ? 'they would be ended' : 'each moves to the current suite on its next use, or expires'}.`,
  );

  const phoneKeysOther = await count(
    `select ((select count(*) from roster_entry where ${otherDigest('phone_key')}) + (select count(*) from vote_code where ${otherDigest('phone_key')}))::int as n`,
  );
  say(`phone keys: ${phoneKeysOther} roster entries and SMS codes keyed under ${otherSuite().name} keep matching (numbers are not kept).`);
  const auditLinksOther = await count(`select count(*)::int as n from audit_entry where hash is not null and ${otherDigest('hash')}`);
  say(
    `audit chain: ${auditLinksOther} links sealed under ${otherSuite().name} stay as written (verification checks each under its own suite).`,
  );

  return { suite: suite.name, rewrapped, resealed, signInsOther, signInsEnded, phoneKeysOther, auditLinksOther };
}
