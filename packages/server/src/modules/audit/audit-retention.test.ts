import type { SqlEntityManager } from '@mikro-orm/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.js';
import { startTestServer, TEST_SECRET_KEY, type TestServer } from '../../test/harness.js';
import { sealAuditEntries, verifyAuditChain } from './audit-chain.js';
import { purgeAuditEntries } from './audit-retention.js';

let server: TestServer;
const em = () => server.orm.em.fork() as SqlEntityManager;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

/** Writes `n` entries dated `daysAgo` days back (an insert sets any time; only changes are refused); answers their ids. */
async function writeEntries(n: number, daysAgo: number): Promise<string[]> {
  const rows = await em().execute<{ id: string }[]>(
    `insert into audit_entry (at, actor_id, action, subject_type, subject_id, detail)
     select now() - make_interval(days => ${daysAgo}), null, 'test.retention', 'Test', 'old-' || i, jsonb_build_object('n', i)
     from generate_series(1, ${n}) as i returning id::text as id`,
  );
  return rows.map((r) => r.id);
}

const count = async (where: string, params: unknown[] = []) =>
  (await em().execute<{ n: number }[]>(`select count(*)::int as n from audit_entry where ${where}`, params))[0]!.n;

async function behindTheTrigger(sql: string, params: unknown[] = []): Promise<void> {
  await em().transactional(async (tx) => {
    await tx.execute('alter table audit_entry disable trigger audit_entry_append_only');
    await tx.execute(sql, params);
    await tx.execute('alter table audit_entry enable trigger audit_entry_append_only');
  });
}

describe('audit retention', () => {
  it('keeps 180 days by default, refuses less with a sentence, and purges only when AUDIT_PURGE=true', () => {
    const base = { SECRET_KEY: TEST_SECRET_KEY, DATA_DIR: 'memory://' };
    expect(loadConfig(base)).toMatchObject({ auditRetentionDays: 180, auditPurge: false });
    expect(loadConfig({ ...base, AUDIT_RETENTION_DAYS: '365', AUDIT_PURGE: 'true' })).toMatchObject({
      auditRetentionDays: 365,
      auditPurge: true,
    });
    expect(() => loadConfig({ ...base, AUDIT_RETENTION_DAYS: '90' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, AUDIT_RETENTION_DAYS: '90' })).toThrow(/at least 180 days.*set it to 180 or more/);
    expect(() => loadConfig({ ...base, AUDIT_PURGE: 'yes' })).toThrow(ConfigError);
  });

  it('removes only sealed entries past the retention, records the purge, and the rest of the chain still checks', async () => {
    const old = await writeEntries(5, 200);
    const recent = await writeEntries(3, 10);
    await sealAuditEntries(em());
    const sealedBefore = (await verifyAuditChain(em())).sealed;
    const unsealedOld = await writeEntries(1, 300); // old but not sealed yet: not removed

    const done = await purgeAuditEntries(em(), 180);
    expect(done).not.toBeNull();
    expect(done!.removed).toBeGreaterThanOrEqual(5);
    expect(await count(`id in (${old.join(',')})`)).toBe(0);
    expect(await count(`id in (${[...recent, ...unsealedOld].join(',')})`)).toBe(4);
    // Nothing inside the retention went.
    expect(await count(`at >= now() - interval '180 days'`)).toBeGreaterThanOrEqual(3);

    const [purge] = await em().execute<{ actor: string | null; detail: Record<string, unknown> }[]>(
      `select actor_id as actor, detail from audit_entry where action = 'audit.purge'`,
    );
    expect(purge).toMatchObject({ actor: null, detail: { removed: done!.removed, keptFromSeq: done!.keptFromSeq, retentionDays: 180 } });
    await sealAuditEntries(em());
    const report = await verifyAuditChain(em());
    expect(report).toMatchObject({ intact: true, broken: null, firstSeq: done!.keptFromSeq });
    expect(report.sealed).toBe(sealedBefore - done!.removed + 2); // + the late entry and the purge's own
    // Nothing more is old enough.
    expect(await purgeAuditEntries(em(), 180)).toBeNull();
  });

  it('still refuses any other removal, and a changed kept entry is still found', async () => {
    const [kept] = await writeEntries(1, 1);
    await sealAuditEntries(em());
    await expect(em().execute('delete from audit_entry where id = ?', [kept])).rejects.toThrow(/cannot be changed/);
    await expect(em().execute('update audit_chain_anchor set seq = 1 where id = 1')).rejects.toThrow(/only moves forward/);
    await expect(em().execute('delete from audit_chain_anchor')).rejects.toThrow(/only moves forward/);

    await behindTheTrigger(`update audit_entry set detail = jsonb_build_object('n', 99) where id = ?`, [kept]);
    expect((await verifyAuditChain(em())).broken).toMatchObject({ entryId: kept, reason: 'CHANGED' });
    await behindTheTrigger(`update audit_entry set detail = jsonb_build_object('n', 1) where id = ?`, [kept]);
    expect((await verifyAuditChain(em())).intact).toBe(true);
  });

  it('names an anchor moved forward without a recorded purge (entries removed by hand)', async () => {
    const [next] = await em().execute<{ seq: string; prev: string }[]>(
      `select chain_seq::text as seq, prev_hash as prev from audit_entry where chain_seq > (select seq from audit_chain_anchor) order by chain_seq limit 1`,
    );
    await em().execute('update audit_chain_anchor set seq = ?, prev_hash = ? where id = 1', [Number(next!.seq), next!.prev]);
    await em().execute('delete from audit_entry where chain_seq < ?', [Number(next!.seq)]);
    expect((await verifyAuditChain(em())).broken).toEqual({ chainSeq: Number(next!.seq), entryId: null, reason: 'UNRECORDED_PURGE' });
  });
});
