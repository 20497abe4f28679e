import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCipheriv, createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/orm.js';
import { createFreshDatabase, onPostgres, startTestServer, type TestServer } from '../test/harness.js';
import { loadKeyRing, newKeyEntry, parseKeyRing } from './key-ring.js';
import { rotateServerKeys } from './server-keys.js';

// One deployment's database across restarts: a folder for the embedded database, or a PostgreSQL
// database of its own that outlives each server.
const database = onPostgres ? await createFreshDatabase() : undefined;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'wz-keys-'));
const where: Record<string, string> = database ? { DATABASE_URL: database.url } : { DATA_DIR: path.join(dataDir, 'pglite') };
afterAll(() => database?.drop());

const k1 = newKeyEntry('k1');
const k2 = newKeyEntry('k2');
const PHONE = '13912345678';

async function withServer<T>(secretKey: string, work: (server: TestServer, admin: string) => Promise<T>): Promise<T> {
  const server = await startTestServer({ ...where, SECRET_KEY: secretKey });
  try {
    return await work(server, await server.login('admin'));
  } finally {
    await server.stop();
  }
}

const ok = async (server: TestServer, query: string, variables: Record<string, unknown>, auth: { token?: string; device?: string }) => {
  const result = await server.gql(query, variables, auth);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
const reveal = (server: TestServer, admin: string, id: string) =>
  ok(server, 'mutation($id: ID!) { revealCluePhone(clueId: $id) }', { id }, { token: admin }).then((d) => d.revealCluePhone as string);
type SecretRow = { name: string; value: string; master_key_id: string | null };
const rows = (server: TestServer): Promise<SecretRow[]> =>
  server.orm.em.fork().getConnection().execute('select name, value, master_key_id from server_secret order by name');
const sealedPhones = (server: TestServer): Promise<{ phone_sealed: string }[]> =>
  server.orm.em.fork().getConnection().execute('select phone_sealed from clue where phone_sealed is not null');

/** Rotation as the command runs it: the configuration of the deployment, with the new key first. */
async function rotate(secretKey: string) {
  const config = loadConfig({ ...where, SECRET_KEY: secretKey, LOG_LEVEL: 'silent' });
  const { orm, prepared } = await openDatabase(config, undefined, (em) => rotateServerKeys(em, loadKeyRing(config.secretKey)));
  await orm.close();
  return prepared;
}

describe('keys outside the database', () => {
  let clueId: string;
  let device: string;

  it('keeps in the database only data keys wrapped by the master key, and seals numbers under them', async () => {
    await withServer(k1, async (server, admin) => {
      device = (await ok(server, 'mutation { registerDevice }', {}, {})).registerDevice;
      const input = {
        title: '小区路灯长期不亮',
        description: '阳光花园 3 栋附近的路灯坏了三个月。',
        category: 'FACILITIES',
        location: '云溪县阳光花园',
        name: '张先生',
        phone: PHONE,
      };
      clueId = (await ok(server, 'mutation($input: SubmitClueInput!) { submitClue(input: $input) { id } }', { input }, { device }))
        .submitClue.id;
      expect(await reveal(server, admin, clueId)).toBe(PHONE);
      const stored = await rows(server);
      expect(stored.map((r) => [r.name, r.master_key_id])).toEqual([
        ['pass-key', 'k1'],
        ['phone-key', 'k1'],
        ['seal-1', 'k1'],
      ]);
      // A dump holds no key in the clear and no number.
      const masterBytes = parseKeyRing(k1, 'k1')[0]!.key.toString('base64url');
      expect(JSON.stringify(stored)).not.toContain(masterBytes);
      expect((await sealedPhones(server)).every((r) => r.phone_sealed.startsWith('v2.seal-1.') && !r.phone_sealed.includes(PHONE))).toBe(
        true,
      );
    });
  });

  it('refuses to start with a master key that does not wrap the stored keys, naming the key id', async () => {
    await expect(startTestServer({ ...where, SECRET_KEY: k2 })).rejects.toThrow(/master key "k1", which the key ring does not hold/);
    const impostor = `k1:${randomBytes(32).toString('base64url')}`;
    await expect(startTestServer({ ...where, SECRET_KEY: impostor })).rejects.toThrow(ConfigError);
  });

  it('rotates: every key re-wrapped and every number re-sealed under the new master key, which then works alone', async () => {
    const result = await rotate(`${k2},${k1}`);
    expect(result).toMatchObject({ masterKey: 'k2', rewrapped: 4, sealKey: 'seal-2', resealed: 1 });
    await withServer(k2, async (server, admin) => {
      expect(await reveal(server, admin, clueId)).toBe(PHONE);
      expect((await rows(server)).every((r) => r.master_key_id === 'k2')).toBe(true);
      expect((await sealedPhones(server)).every((r) => r.phone_sealed.startsWith('v2.seal-2.'))).toBe(true);
      // Tokens signed before the rotation still hold: the pass key was re-wrapped, not replaced.
      const support = await server.gql('mutation($id: ID!) { supportClue(clueId: $id) { supportCount } }', { id: clueId }, { device });
      expect(support.errors?.[0]?.extensions.code).not.toBe('DEVICE_REQUIRED');
    });
  });

  it('moves keys stored in the clear by earlier versions out: numbers re-sealed, the clear rows gone', async () => {
    // The state an earlier version left: its seal key in the clear, a number sealed under it (v1).
    const legacySecret = randomBytes(32);
    const legacyKey = createHash('sha256').update(legacySecret).update('phone-seal').digest();
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', legacyKey, iv);
    const body = Buffer.concat([cipher.update('13800001111', 'utf8'), cipher.final()]);
    const v1 = ['v1', iv, cipher.getAuthTag(), body]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
    await withServer(k2, async (server) => {
      const sql = server.orm.em.fork().getConnection();
      await sql.execute(
        `insert into server_secret (name, value, master_key_id, created_at) values ('phone-seal', ?, null, now()), ('device-token', ?, null, now())`,
        [legacySecret.toString('base64url'), randomBytes(32).toString('base64url')],
      );
      await sql.execute('update clue set phone_sealed = ? where id = ?', [v1, clueId]);
    });
    await withServer(k2, async (server, admin) => {
      expect(await reveal(server, admin, clueId)).toBe('13800001111');
      expect((await rows(server)).filter((r) => r.master_key_id === null)).toEqual([]);
      expect((await sealedPhones(server)).every((r) => r.phone_sealed.startsWith('v2.'))).toBe(true);
    });
  });
});

describe('the key ring', () => {
  it('reads entries with ids, the first current, and refuses malformed or repeated ones with a sentence', () => {
    expect(parseKeyRing(`# comment\n${k2}\n${k1}\n`, 'file').map((k) => k.id)).toEqual(['k2', 'k1']);
    expect(() => parseKeyRing('k1:short', 'SECRET_KEY')).toThrow(/secrets:new-key/);
    expect(() => parseKeyRing(`${k1},${k1}`, 'SECRET_KEY')).toThrow(/twice/);
    expect(() => parseKeyRing('', 'SECRET_KEY')).toThrow(/holds no key/);
  });

  it('is required with PostgreSQL and in production; only the embedded demo makes its own, readable by its owner alone', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x@127.0.0.1/db' })).toThrow(/SECRET_KEY_FILE/);
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir })).toThrow(/SECRET_KEY_FILE/);
    expect(() => loadConfig({ SECRET_KEY: k1, SECRET_KEY_FILE: '/x' })).toThrow(/both set/);
    const generated = loadConfig({ DATA_DIR: path.join(dataDir, 'demo', 'pglite') }).secretKey;
    expect(generated).toEqual({ kind: 'generated', path: path.join(dataDir, 'demo', 'secret.key') });
    const ring = loadKeyRing(generated);
    expect(ring).toHaveLength(1);
    expect(statSync(path.join(dataDir, 'demo', 'secret.key')).mode & 0o777).toBe(0o600);
    expect(loadKeyRing(generated)[0]!.key.equals(ring[0]!.key)).toBe(true); // made once
    expect(readFileSync(path.join(dataDir, 'demo', 'secret.key'), 'utf8')).toContain('k1:');
  });
});
