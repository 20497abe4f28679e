import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * One staff action, appended and never changed: a database trigger refuses updates and deletes, but
 * for sealing. Sealing (audit-chain.ts) links each entry to the one sealed before it by a SHA-256
 * hash, so an entry changed or removed behind the trigger's back breaks the chain where it happened.
 */
export const AuditEntry = defineEntity({
  name: 'AuditEntry',
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    at: p
      .datetime()
      .onCreate(() => new Date())
      .index(),
    actorId: p.uuid().nullable(),
    action: p.string().length(60),
    subjectType: p.string().length(40),
    subjectId: p.string().length(60).nullable(),
    detail: p.json<Record<string, unknown>>().nullable(),
    /** Its place in the chain (1, 2, …), in the order it was sealed; null until sealed. */
    chainSeq: p.bigint('number').nullable().unique(),
    /** The hash of the entry sealed before it ('' for the first), and its own, in hex. */
    prevHash: p.string().length(64).nullable(),
    hash: p.string().length(64).nullable(),
  },
  // A clue's public timeline is read by subject.
  indexes: [{ name: 'audit_entry_subject_index', properties: ['subjectType', 'subjectId'] }],
  triggers: [
    {
      name: 'audit_entry_append_only',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      // The one change allowed: sealing an unsealed entry, its recorded fields untouched. The one
      // removal allowed: a sealed entry before the chain's anchor, which the retention purge moves
      // forward in the same transaction (audit-retention.ts); the chain is then checked from there.
      body: `if tg_op = 'UPDATE' and old.hash is null and new.hash is not null and (new.id, new.at, new.actor_id, new.action, new.subject_type, new.subject_id, new.detail::text) is not distinct from (old.id, old.at, old.actor_id, old.action, old.subject_type, old.subject_id, old.detail::text) then return new; end if; if tg_op = 'DELETE' and old.chain_seq is not null and old.chain_seq < (select seq from audit_chain_anchor where id = 1) then return old; end if; raise exception 'audit entries cannot be changed or deleted';`,
    },
  ],
});
export type AuditEntry = InferEntity<typeof AuditEntry>;

/** The end of the audit chain: the last sealed entry's place and hash. One row; sealing locks it. */
export const AuditChainHead = defineEntity({
  name: 'AuditChainHead',
  properties: {
    id: p.integer().primary(),
    seq: p.bigint('number'),
    hash: p.string().length(64),
  },
});
export type AuditChainHead = InferEntity<typeof AuditChainHead>;

/**
 * Where the audit chain starts being checked: the place of the first entry kept after a retention
 * purge and the hash of the entry before it ('' and place 1 while nothing was purged). One row; it
 * only moves forward, to a sealed entry whose recorded previous hash it copies, and every move is
 * matched by an `audit.purge` entry in the chain (checked by verifyAuditChain).
 */
export const AuditChainAnchor = defineEntity({
  name: 'AuditChainAnchor',
  properties: {
    id: p.integer().primary(),
    seq: p.bigint('number'),
    prevHash: p.string().length(64),
  },
  triggers: [
    {
      name: 'audit_chain_anchor_forward_only',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      body: `if tg_op = 'UPDATE' and new.id = old.id and new.seq > old.seq and exists (select 1 from audit_entry e where e.chain_seq = new.seq and e.hash is not null and e.prev_hash = new.prev_hash) then return new; end if; raise exception 'the audit chain anchor only moves forward, to a sealed entry';`,
    },
  ],
});
export type AuditChainAnchor = InferEntity<typeof AuditChainAnchor>;
