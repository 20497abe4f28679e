import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Logger } from '../../logger.js';
import { chainAnchor } from './audit-chain.js';
import { AuditEntry } from './audit-entry.entity.js';

// Audit retention (等保 2.0: keep audit records at least six months). With AUDIT_PURGE=true, sealed
// entries older than AUDIT_RETENTION_DAYS are removed; by default nothing ever is. The append-only
// trigger allows exactly this removal: entries before the chain's anchor, which moves forward in the
// same transaction to the first entry kept, with that entry's recorded previous hash, so the kept
// chain still checks from there; and the purge writes an `audit.purge` entry naming the new anchor.

const DAY_MS = 86_400_000;

export interface AuditPurge {
  /** Entries removed. */
  removed: number;
  /** The place of the first entry kept (the chain's new anchor). */
  keptFromSeq: number;
}

/**
 * Removes the sealed entries written before `retentionDays` ago, in one transaction with the anchor
 * and its audit entry; answers what it did, or null when nothing was old enough. Only a prefix of
 * the chain goes: the first entry kept is the oldest sealed one inside the retention, so every entry
 * removed is older than it, and the chain's last sealed entry is always kept.
 */
export async function purgeAuditEntries(em: EntityManager, retentionDays: number, now = new Date()): Promise<AuditPurge | null> {
  const before = new Date(now.getTime() - retentionDays * DAY_MS);
  return em.transactional(async (tx) => {
    // Sealing waits on the head row meanwhile, so the chain's end stays where this purge saw it.
    const [head] = await tx.execute<{ seq: string }[]>('select seq::text as seq from audit_chain_head where id = 1 for update');
    if (!head || Number(head.seq) === 0) return null;
    const anchor = await chainAnchor(tx);
    const [kept] = await tx.execute<{ seq: string; prevHash: string }[]>(
      `select chain_seq::text as seq, prev_hash as "prevHash" from audit_entry
       where hash is not null and (at >= ? or chain_seq = ?) order by chain_seq limit 1`,
      [before, head.seq],
    );
    if (!kept || Number(kept.seq) <= anchor.seq) return null;
    const keptFromSeq = Number(kept.seq);
    const [counted] = await tx.execute<{ n: number }[]>('select count(*)::int as n from audit_entry where chain_seq < ?', [keptFromSeq]);
    // The anchor first: the trigger lets an entry go only when it lies before the anchor.
    await tx.execute('update audit_chain_anchor set seq = ?, prev_hash = ? where id = 1', [keptFromSeq, kept.prevHash]);
    await tx.execute('delete from audit_entry where chain_seq < ?', [keptFromSeq]);
    const removed = counted?.n ?? 0;
    tx.create(AuditEntry, {
      actorId: null,
      action: 'audit.purge',
      subjectType: 'AuditLog',
      subjectId: null,
      detail: { removed, keptFromSeq, prevHash: kept.prevHash, before: before.toISOString(), retentionDays },
    });
    return { removed, keptFromSeq };
  });
}

/** Runs the purge every hour on each instance (they take turns on the chain's head row); only with AUDIT_PURGE=true. */
export class AuditPurgeJob {
  private readonly timer: NodeJS.Timeout;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly em: EntityManager,
    private readonly logger: Logger,
    private readonly retentionDays: number,
    everyMs = 60 * 60_000,
  ) {
    this.timer = setInterval(() => void this.purge(), everyMs);
    this.timer.unref();
  }

  purge(): Promise<AuditPurge | null> {
    const next = this.running.then(() =>
      purgeAuditEntries(this.em.fork(), this.retentionDays).then(
        (done) => {
          if (done) this.logger.info(done, 'audit entries past their retention removed');
          return done;
        },
        (error: unknown) => {
          this.logger.warn({ err: error }, 'the audit retention purge failed; trying again in an hour');
          return null;
        },
      ),
    );
    this.running = next;
    return next;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
