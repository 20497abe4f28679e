import type { SqlEntityManager } from '@mikro-orm/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { sealAuditEntries, verifyAuditChain } from './audit-chain.js';

let server: TestServer;
let security: string;
const em = () => server.orm.em.fork() as SqlEntityManager;
const STATUS = '{ auditChainStatus { sealed unsealed intact broken { chainSeq entryId reason } } }';

beforeAll(async () => {
  server = await startTestServer();
  security = await server.login('security');
});
afterAll(async () => {
  await server?.stop();
});

/** Writes `n` audit entries the way every action does (recordAudit through a flush), answering their ids. */
async function writeEntries(n: number): Promise<string[]> {
  const rows = await em().execute<{ id: string }[]>(
    `insert into audit_entry (at, actor_id, action, subject_type, subject_id, detail)
     select now(), null, 'test.action', 'Test', 'subject-' || i, jsonb_build_object('n', i, 'words', '中文') from generate_series(1, ${n}) as i
     returning id::text as id`,
  );
  return rows.map((r) => r.id);
}

/** What only a database superuser can do: change the log behind the append-only trigger. */
async function behindTheTrigger(sql: string, params: unknown[] = []): Promise<void> {
  await em().transactional(async (tx) => {
    await tx.execute('alter table audit_entry disable trigger audit_entry_append_only');
    await tx.execute(sql, params);
    await tx.execute('alter table audit_entry enable trigger audit_entry_append_only');
  });
}

describe('the audit chain', () => {
  it('seals every entry once, in order, and checks intact; SECURITY_ADMIN may ask, ADMIN and HOST may not', async () => {
    await writeEntries(3);
    await sealAuditEntries(em());
    expect(await sealAuditEntries(em())).toBe(0); // nothing is sealed twice
    const report = await verifyAuditChain(em());
    expect(report).toMatchObject({ unsealed: 0, intact: true, broken: null });
    expect(report.sealed).toBeGreaterThanOrEqual(3);
    const asked = await server.gql(STATUS, {}, { token: security });
    expect(asked.data.auditChainStatus).toMatchObject({ intact: true, broken: null });
    for (const username of ['host', 'admin']) {
      const refused = await server.gql(STATUS, {}, { token: await server.login(username) });
      expect(refused.errors?.[0]?.extensions?.code, username).toBe('FORBIDDEN');
    }
  });

  it('refuses changes and deletes, and any second sealing', async () => {
    const [id] = await writeEntries(1);
    await expect(em().execute(`update audit_entry set action = 'x' where id = ?`, [id])).rejects.toThrow(/cannot be changed/);
    // Sealing may not touch the recorded fields.
    await expect(em().execute(`update audit_entry set hash = 'ab', action = 'x' where id = ?`, [id])).rejects.toThrow(/cannot be changed/);
    await sealAuditEntries(em());
    await expect(em().execute(`update audit_entry set hash = 'ab' where id = ?`, [id])).rejects.toThrow(/cannot be changed/);
    await expect(em().execute('delete from audit_entry where id = ?', [id])).rejects.toThrow(/cannot be changed/);
    expect((await verifyAuditChain(em())).intact).toBe(true);
  });

  it('names the first entry changed behind the trigger, then the one removed', async () => {
    const ids = await writeEntries(4);
    await sealAuditEntries(em());
    const seqOf = async (id: string) =>
      Number((await em().execute<{ s: string }[]>('select chain_seq::text as s from audit_entry where id = ?', [id]))[0]!.s);

    await behindTheTrigger(`update audit_entry set detail = jsonb_build_object('n', 99) where id = ?`, [ids[1]]);
    expect((await verifyAuditChain(em())).broken).toEqual({ chainSeq: await seqOf(ids[1]!), entryId: ids[1], reason: 'CHANGED' });
    // A new hash for that entry does not hide it either.
    await behindTheTrigger(`update audit_entry set hash = md5(random()::text) || md5(random()::text) where id = ?`, [ids[1]]);
    expect((await verifyAuditChain(em())).broken).toMatchObject({ chainSeq: await seqOf(ids[1]!), reason: 'CHANGED' });
  });

  it('finds an entry removed from the end', async () => {
    // (A fresh chain: the one above stays broken.)
    await behindTheTrigger('delete from audit_entry');
    await em().execute(`update audit_chain_head set seq = 0, hash = '' where id = 1`);
    const ids = await writeEntries(3);
    await sealAuditEntries(em());
    expect((await verifyAuditChain(em())).intact).toBe(true);
    await behindTheTrigger('delete from audit_entry where id = ?', [ids[2]]);
    expect((await verifyAuditChain(em())).broken).toMatchObject({ reason: 'MISSING' });
  });
});
