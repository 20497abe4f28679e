import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/orm.js';
import { sealAuditEntries, verifyAuditChain } from '../modules/audit/audit-chain.js';
import { PhoneIdentity, proveNumber } from '../modules/identity/identity.service.js';
import { Session } from '../modules/session/session.entity.js';
import { createFreshDatabase, onPostgres, startTestServer, type TestServer } from '../test/harness.js';
import { type CryptoSuiteName, suiteNamed, useCryptoSuite } from './crypto-suite.js';
import { loadKeyRing, newKeyEntry } from './key-ring.js';
import { resealUnderSuite } from './reseal.js';

// One deployment's database across restarts and a switch of CRYPTO_SUITE each way: what was written
// under one suite still opens and matches under the other, and reseal moves what it can.
const database = onPostgres ? await createFreshDatabase() : undefined;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'wz-suite-'));
const where: Record<string, string> = database ? { DATABASE_URL: database.url } : { DATA_DIR: path.join(dataDir, 'pglite') };
const k1 = newKeyEntry('k1');
afterAll(async () => {
  useCryptoSuite('standard');
  await database?.drop();
});

const PHONE = '13912345678';
// The phone-hash key of these checks (the server's own stays wrapped in its database).
const identity = new PhoneIdentity(Buffer.alloc(32, 7), undefined as never, '', undefined as never);

async function withServer<T>(suite: CryptoSuiteName, work: (server: TestServer) => Promise<T>): Promise<T> {
  const server = await startTestServer({ ...where, SECRET_KEY: k1, CRYPTO_SUITE: suite });
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}

const ok = async (server: TestServer, query: string, variables: Record<string, unknown>, auth: { token?: string; device?: string }) => {
  const result = await server.gql(query, variables, auth);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
const reveal = (server: TestServer, token: string, id: string) =>
  ok(server, 'mutation($id: ID!) { revealCluePhone(clueId: $id) }', { id }, { token }).then((d) => d.revealCluePhone as string);
const sql = <T>(server: TestServer, query: string, params: unknown[] = []) =>
  server.orm.em.fork().getConnection().execute<T>(query, params) as Promise<T>;

/** The command as `bash scripts/reseal.sh` runs it (the server stopped: the embedded database has one user). */
async function reseal(suite: CryptoSuiteName, options: { dryRun?: boolean; endSignIns?: boolean } = {}) {
  const config = loadConfig({ ...where, SECRET_KEY: k1, CRYPTO_SUITE: suite, LOG_LEVEL: 'silent' });
  useCryptoSuite(config.cryptoSuite);
  const lines: string[] = [];
  const { orm, prepared } = await openDatabase(config, undefined, (em) =>
    resealUnderSuite(em, loadKeyRing(config.secretKey), { ...options, batchSize: 2, progress: (line) => lines.push(line) }),
  );
  await orm.close();
  return { ...prepared, lines };
}

// Each step starts a server on the same database (and the first seeds it): slow on a busy machine.
describe('switching CRYPTO_SUITE', { timeout: 240_000 }, () => {
  let admin: string;
  let device: string;
  const clues: string[] = [];
  let sessionId: string;
  let standardPhoneKey: string;
  let sealedCount: number;

  it('writes under the standard suite: AES-256-GCM seals, SHA-256 hashes', async () => {
    await withServer('standard', async (server) => {
      admin = await server.login('admin');
      device = (await ok(server, 'mutation { registerDevice }', {}, {})).registerDevice;
      for (const title of ['小区路灯长期不亮', '菜市场排水不畅', '学校门口缺少斑马线'])
        clues.push(
          (
            await ok(
              server,
              'mutation($input: SubmitClueInput!) { submitClue(input: $input) { id } }',
              {
                input: {
                  title,
                  description: `${title}，已经三个月了。`,
                  category: 'FACILITIES',
                  location: '云溪县',
                  name: '张先生',
                  phone: PHONE,
                },
              },
              { device },
            )
          ).submitClue.id,
        );
      expect(await reveal(server, admin, clues[0]!)).toBe(PHONE);
      await sealAuditEntries(server.orm.em.fork() as SqlEntityManager);
      const phones = await sql<{ phone_sealed: string }[]>(server, 'select phone_sealed from clue where phone_sealed is not null');
      expect(phones.length).toBeGreaterThanOrEqual(3);
      expect(phones.every((p) => p.phone_sealed.startsWith('v2.'))).toBe(true);
      sealedCount = phones.length;
      const [token] = await sql<{ token_hash: string }[]>(server, 'select token_hash from auth_session order by created_at desc limit 1');
      expect(token!.token_hash).toMatch(/^[0-9a-f]{64}$/);

      // A number proven in a session under SHA-256: its code row is what the session knows it by.
      sessionId = (
        await ok(
          server,
          'mutation($i: SessionInput!) { createSession(input: $i) { id } }',
          { i: { title: '验证测试', theme: '测试', scheduledAt: new Date().toISOString(), settings: { onlineIdentity: 'PHONE_CODE' } } },
          { token: admin },
        )
      ).createSession.id;
      standardPhoneKey = await identity.keyInSession(server.orm.em.fork() as SqlEntityManager, sessionId, PHONE);
      expect(standardPhoneKey).toMatch(/^[0-9a-f]{64}$/);
    });
  });

  it('under gm before resealing: every number still opens, the sign-in still holds, new data is SM4/SM3', async () => {
    await withServer('gm', async (server) => {
      expect(await reveal(server, admin, clues[1]!)).toBe(PHONE);
      // The sign-in made under SHA-256 was found and moved to its SM3 digest on use.
      const hashes = await sql<{ token_hash: string }[]>(server, 'select token_hash from auth_session');
      expect(hashes.some((h) => h.token_hash.startsWith('sm3:'))).toBe(true);
      // A new clue is sealed with SM4 at once; the device token signed under HMAC-SHA256 still holds.
      const id = (
        await ok(
          server,
          'mutation($input: SubmitClueInput!) { submitClue(input: $input) { id } }',
          {
            input: {
              title: '公交站台破损',
              description: '站台顶棚破了两个月。',
              category: 'FACILITIES',
              location: '云溪县',
              phone: '13800001111',
            },
          },
          { device },
        )
      ).submitClue.id;
      expect((await sql<{ phone_sealed: string }[]>(server, 'select phone_sealed from clue where id = ?', [id]))[0]!.phone_sealed).toMatch(
        /^g1\.seal-1\./,
      );
      expect(await reveal(server, admin, id)).toBe('13800001111');
      await sealAuditEntries(server.orm.em.fork() as SqlEntityManager);
      const links = await sql<{ hash: string }[]>(server, 'select hash from audit_entry where hash is not null order by chain_seq');
      expect(links[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(links.at(-1)!.hash).toMatch(/^sm3:/);
      expect(await verifyAuditChain(server.orm.em.fork() as SqlEntityManager)).toMatchObject({ intact: true, broken: null });
    });
  });

  it('reseals: a dry run writes nothing; the run moves keys and numbers in batches; a second run moves nothing', async () => {
    const dry = await reseal('gm', { dryRun: true });
    expect(dry).toMatchObject({ suite: 'gm', rewrapped: 3, resealed: sealedCount });
    expect(dry.lines.join('\n')).toContain('to seal again under gm');
    const run = await reseal('gm');
    expect(run).toMatchObject({ suite: 'gm', rewrapped: 3, resealed: sealedCount, signInsEnded: 0 });
    // Batches of two, each reported.
    expect(run.lines.filter((line) => line.startsWith('phone numbers:')).length).toBeGreaterThanOrEqual(2);
    expect(run.auditLinksOther).toBeGreaterThan(0);
    expect(await reseal('gm')).toMatchObject({ rewrapped: 0, resealed: 0 });
  });

  it('after resealing to gm: everything is SM4, opens, matches; the mixed audit chain verifies; a tampered seal is refused', async () => {
    await withServer('gm', async (server) => {
      const secrets = await sql<{ value: string }[]>(server, 'select value from server_secret');
      expect(secrets.every((s) => s.value.startsWith('g1.'))).toBe(true);
      const sealed = await sql<{ id: string; phone_sealed: string }[]>(
        server,
        'select id, phone_sealed from clue where phone_sealed is not null',
      );
      expect(sealed.every((s) => s.phone_sealed.startsWith('g1.'))).toBe(true);
      for (const id of clues) expect(await reveal(server, admin, id)).toBe(PHONE);
      expect(await verifyAuditChain(server.orm.em.fork() as SqlEntityManager)).toMatchObject({ intact: true });

      // The number proven under SHA-256 keeps its key in that session (one voter), and its code still counts.
      const em = server.orm.em.fork() as SqlEntityManager;
      const gmKey = identity.phoneKey(PHONE);
      expect(gmKey).toMatch(/^sm3:/);
      await em.execute(
        `insert into vote_code (session_id, phone_key, code_hash, expires_at, tries, sent_at, used_at, masked_phone)
         values (?, ?, ?, now() + interval '5 minutes', 0, now(), null, '139****5678')`,
        [sessionId, standardPhoneKey, identity.codeHash(sessionId, standardPhoneKey, '123456', suiteNamed('standard'))],
      );
      expect(await identity.keyInSession(em, sessionId, PHONE)).toBe(standardPhoneKey);
      expect(await identity.keyInSession(em, sessionId, '13700000000')).toMatch(/^sm3:/);
      const session = await em.findOneOrFail(Session, sessionId);
      const voter = await proveNumber({ em, services: { identity } } as never, session, PHONE, '123456');
      expect(voter.voterKey).toBe(`phone:${standardPhoneKey}`);

      // One byte of one SM4 seal changed in the database: the reveal is refused, no number comes out.
      const [victim] = sealed;
      const parts = victim!.phone_sealed.split('.');
      const body = Buffer.from(parts[4]!, 'base64url');
      body[0]! ^= 1;
      parts[4] = body.toString('base64url');
      await sql(server, 'update clue set phone_sealed = ? where id = ?', [parts.join('.'), victim!.id]);
      const refused = await server.gql('mutation($id: ID!) { revealCluePhone(clueId: $id) }', { id: victim!.id }, { token: admin });
      expect(refused.errors).toBeDefined();
      expect(JSON.stringify(refused)).not.toContain(PHONE);
      await sql(server, 'update clue set phone_sealed = ? where id = ?', [victim!.phone_sealed, victim!.id]);
    });
  });

  it('and back to standard: reseal moves everything to AES-256-GCM, ending the SM3 sign-ins when asked', async () => {
    const run = await reseal('standard', { endSignIns: true });
    expect(run).toMatchObject({ suite: 'standard', rewrapped: 3, resealed: sealedCount + 1 });
    expect(run.signInsEnded).toBeGreaterThan(0);
    await withServer('standard', async (server) => {
      const secrets = await sql<{ value: string }[]>(server, 'select value from server_secret');
      expect(secrets.every((s) => !s.value.includes('.'))).toBe(true);
      const sealed = await sql<{ phone_sealed: string }[]>(server, 'select phone_sealed from clue where phone_sealed is not null');
      expect(sealed.every((s) => s.phone_sealed.startsWith('v2.'))).toBe(true);
      // The sign-in under SM3 was ended: its token is anonymous now.
      expect((await server.gql('{ me { id } }', {}, { token: admin })).data?.me ?? null).toBeNull();
      admin = await server.login('admin');
      for (const id of clues) expect(await reveal(server, admin, id)).toBe(PHONE);
      await sealAuditEntries(server.orm.em.fork() as SqlEntityManager);
      const links = await sql<{ hash: string }[]>(server, 'select hash from audit_entry where hash is not null order by chain_seq');
      expect(links.at(-1)!.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(links.some((l) => l.hash.startsWith('sm3:'))).toBe(true);
      expect(await verifyAuditChain(server.orm.em.fork() as SqlEntityManager)).toMatchObject({ intact: true });
    });
    expect(await reseal('standard')).toMatchObject({ rewrapped: 0, resealed: 0 });
  });
});

describe('scripts/reseal.sh', () => {
  it('prints its usage, and refuses an unknown flag before touching anything', async () => {
    const script = path.resolve(import.meta.dirname, '../../../../scripts/reseal.sh');
    const help = await promisify(execFile)('bash', [script, '--help'], {
      env: { ...process.env, DATA_DIR: path.join(dataDir, 'script', 'pglite') },
    });
    expect(help.stdout).toContain('--dry-run');
    // Pointed at a folder of its own, should the refusal ever fail to come first.
    const env = { ...process.env, DATA_DIR: path.join(dataDir, 'script', 'pglite') };
    const refused = await promisify(execFile)('bash', [script, '--everything'], { env }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused).toMatchObject({ code: 64, stderr: expect.stringContaining('Usage: secrets:reseal') });
  }, 120_000);
});
