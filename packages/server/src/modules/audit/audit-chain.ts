import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Logger } from '../../logger.js';
import { cryptoSuite, suiteOfDigest } from '../../secrets/crypto-suite.js';

// The audit log's integrity (等保 2.0: 审计记录的完整性). Entries are written with the action they
// record, in its transaction; sealing follows a few seconds later, in the order entries became
// visible, so sealing never holds up the action and never waits on a slower transaction. Each seal
// hashes the entry with the hash of the one sealed before it: an entry edited or deleted behind the
// append-only trigger's back (by a database superuser) no longer matches, and verification names it.

/** Entries sealed per transaction; a backlog is sealed batch after batch. */
const SEAL_BATCH = 1_000;
/** How often each instance seals what was written meanwhile. */
export const SEAL_INTERVAL_MS = 5_000;

interface EntryRow {
  id: string;
  at: Date | string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  detail: unknown;
}

const entryColumns = `id::text as id, at, actor_id as "actorId", action, subject_type as "subjectType", subject_id as "subjectId", detail`;

/**
 * An entry's hash: the crypto suite's digest (SHA-256, or SM3 written `sm3:…`) over the previous hash
 * and every recorded field, as one JSON array (the detail as PostgreSQL's jsonb gives it back, whose
 * key order is fixed). Each link's form names the suite that sealed it, so a chain sealed partly
 * before a switch of CRYPTO_SUITE still verifies: an entry read back with its stored hash is checked
 * under that hash's suite; a new one is sealed under the current suite.
 */
export function entryHash(previousHash: string, entry: EntryRow): string {
  const stored = (entry as EntryRow & { hash?: unknown }).hash;
  const suite = typeof stored === 'string' ? suiteOfDigest(stored) : cryptoSuite();
  const fields = [
    previousHash,
    entry.id,
    new Date(entry.at).toISOString(),
    entry.actorId,
    entry.action,
    entry.subjectType,
    entry.subjectId,
    entry.detail ?? null,
  ];
  return suite.digest(JSON.stringify(fields));
}

/**
 * Seals the entries not sealed yet, oldest first; answers how many. The chain's head row is locked
 * meanwhile, so instances sealing at once take turns and each entry is sealed exactly once.
 */
export async function sealAuditEntries(em: EntityManager): Promise<number> {
  let sealed = 0;
  for (;;) {
    const count = await em.transactional(async (tx) => {
      const [head] = await tx.execute<{ seq: string; hash: string }[]>(
        'select seq::text as seq, hash from audit_chain_head where id = 1 for update',
      );
      if (!head) throw new Error('the audit chain has no head row: run the migrations');
      const entries = await tx.execute<EntryRow[]>(
        // By the column, not the text alias `id` of entryColumns, which would order "10" before "9".
        `select ${entryColumns} from audit_entry where hash is null order by audit_entry.id limit ${SEAL_BATCH}`,
      );
      if (entries.length === 0) return 0;
      let seq = Number(head.seq);
      let hash = head.hash;
      const seals = entries.flatMap((entry) => {
        const previous = hash;
        hash = entryHash(previous, entry);
        return [entry.id, ++seq, previous, hash];
      });
      // One statement for the batch.
      await tx.execute(
        `update audit_entry as a set chain_seq = s.seq, prev_hash = s.prev, hash = s.hash
         from (values ${entries.map(() => '(?::bigint, ?::bigint, ?, ?)').join(', ')}) as s(id, seq, prev, hash) where a.id = s.id`,
        seals,
      );
      await tx.execute('update audit_chain_head set seq = ?, hash = ? where id = 1', [seq, hash]);
      return entries.length;
    });
    sealed += count;
    if (count < SEAL_BATCH) return sealed;
  }
}

export interface AuditChainReport {
  /** Entries sealed and checked. */
  sealed: number;
  /** Entries written but not sealed yet (sealing runs every few seconds). */
  unsealed: number;
  intact: boolean;
  /** The place checking started: 1, or the first entry kept by the retention purge (the ones before were removed). */
  firstSeq: number;
  /** The first place the chain breaks, if it does. */
  broken: {
    chainSeq: number;
    entryId: string | null;
    reason: 'CHANGED' | 'MISSING' | 'HEAD_MISMATCH' | 'UNRECORDED_PURGE';
  } | null;
}

/** Where checking starts: the anchor the retention purge moved forward (place 1 and '' while nothing was purged). */
export async function chainAnchor(em: EntityManager): Promise<{ seq: number; prevHash: string }> {
  const [anchor] = await em.execute<{ seq: string; prevHash: string }[]>(
    'select seq::text as seq, prev_hash as "prevHash" from audit_chain_anchor where id = 1',
  );
  return anchor ? { seq: Number(anchor.seq), prevHash: anchor.prevHash } : { seq: 1, prevHash: '' };
}

/**
 * Walks the whole chain in sealing order, page by page, from its anchor (the first entry kept after
 * a retention purge, or place 1): every entry's hash must follow from its fields and the previous
 * entry's hash, places must run on without a gap, and the last one must be the head (so no entry was
 * removed from the end). An anchor moved forward without an `audit.purge` entry saying so is a break
 * too: removing old entries is only legitimate as the recorded purge.
 */
export async function verifyAuditChain(em: EntityManager, pageSize = 5_000): Promise<AuditChainReport> {
  const [head] = await em.execute<{ seq: string; hash: string }[]>('select seq::text as seq, hash from audit_chain_head where id = 1');
  const [counted] = await em.execute<{ unsealed: number }[]>('select count(*)::int as unsealed from audit_entry where hash is null');
  const anchor = await chainAnchor(em);
  let expectedSeq = anchor.seq;
  let previousHash = anchor.prevHash;
  const report = (broken: AuditChainReport['broken']): AuditChainReport => ({
    sealed: expectedSeq - anchor.seq,
    unsealed: counted?.unsealed ?? 0,
    firstSeq: anchor.seq,
    intact: broken === null,
    broken,
  });
  if (anchor.seq > 1) {
    const [recorded] = await em.execute<{ n: number }[]>(
      `select count(*)::int as n from audit_entry where action = 'audit.purge' and detail->>'keptFromSeq' = ?`,
      [String(anchor.seq)],
    );
    if (!recorded?.n) return report({ chainSeq: anchor.seq, entryId: null, reason: 'UNRECORDED_PURGE' });
  }
  for (;;) {
    const rows = await em.execute<(EntryRow & { chainSeq: string; prevHash: string; hash: string })[]>(
      `select ${entryColumns}, chain_seq::text as "chainSeq", prev_hash as "prevHash", hash from audit_entry
       where chain_seq >= ? order by chain_seq limit ${Math.trunc(pageSize)}`,
      [expectedSeq],
    );
    for (const row of rows) {
      if (Number(row.chainSeq) !== expectedSeq) return report({ chainSeq: expectedSeq, entryId: null, reason: 'MISSING' });
      if (row.prevHash !== previousHash || entryHash(previousHash, row) !== row.hash)
        return report({ chainSeq: expectedSeq, entryId: row.id, reason: 'CHANGED' });
      previousHash = row.hash;
      expectedSeq++;
    }
    if (rows.length < pageSize) break;
  }
  if (!head || Number(head.seq) !== expectedSeq - 1 || head.hash !== previousHash)
    return report({ chainSeq: expectedSeq, entryId: null, reason: head && Number(head.seq) >= expectedSeq ? 'MISSING' : 'HEAD_MISMATCH' });
  return report(null);
}

/** Seals new audit entries every few seconds on each instance (they take turns on the head row). */
export class AuditSealer {
  private readonly timer: NodeJS.Timeout;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly em: EntityManager,
    private readonly logger: Logger,
    intervalMs = SEAL_INTERVAL_MS,
  ) {
    this.timer = setInterval(() => void this.seal(), intervalMs);
    this.timer.unref();
  }

  /** Seals now (after any sealing under way); answers how many entries. */
  seal(): Promise<number> {
    const next = this.running.then(() =>
      sealAuditEntries(this.em.fork()).catch((error: unknown) => {
        this.logger.warn({ err: error }, 'audit entries could not be sealed; trying again shortly');
        return 0;
      }),
    );
    this.running = next;
    return next;
  }

  /** Stops the timer and waits for sealing under way. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
