// The first start of a database: who gets in, and where their password goes.
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../config.js';
import { createLogger } from '../../logger.js';
import { Account } from '../../modules/account/account.entity.js';
import type { PhoneSeal } from '../../modules/clue/phone.js';
import { createFreshDatabase, onPostgres } from '../../test/harness.js';
import { openDatabase } from '../orm.js';
import { seedIfEmpty } from './seed.js';

const noPhones = undefined as unknown as PhoneSeal; // only demo data seals phone numbers

// One migrated database of this file's own, emptied of accounts after each test.
let orm: MikroORM;
let database: Awaited<ReturnType<typeof createFreshDatabase>> | undefined;
beforeAll(async () => {
  database = onPostgres ? await createFreshDatabase() : undefined;
  ({ orm } = await openDatabase({ databaseUrl: database?.url, dataDir: 'memory://' }, createLogger('silent'), async () => undefined));
});
afterEach(async () => {
  await orm.em.fork().nativeDelete(Account, {});
});
afterAll(async () => {
  await orm?.close();
  await database?.drop();
});

const passwordFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'wz-seed-')), 'initial-admin-password.txt');

describe('seeding an empty database with SEED=none', () => {
  it('outside production, creates an admin and a security account with one-time passwords and returns them to print', async () => {
    const file = passwordFile();
    const seeded = await seedIfEmpty(orm.em.fork(), { seed: 'none', production: false, initialPasswordFile: file }, noPhones);
    expect(seeded).toEqual({
      credentials: [
        { username: 'admin', password: expect.stringMatching(/^\S{16}$/), role: 'ADMIN' },
        { username: 'security', password: expect.stringMatching(/^\S{16}$/), role: 'SECURITY_ADMIN' },
      ],
      passwordFile: undefined,
    });
    expect(seeded.credentials[0]!.password).not.toBe(seeded.credentials[1]!.password);
    const accounts = await orm.em.fork().find(Account, {}, { orderBy: { username: 'asc' } });
    expect(accounts.map((a) => ({ username: a.username, role: a.role, mustChangePassword: a.mustChangePassword }))).toEqual([
      { username: 'admin', role: 'ADMIN', mustChangePassword: true },
      { username: 'security', role: 'SECURITY_ADMIN', mustChangePassword: true },
    ]);
    expect(() => statSync(file)).toThrow(/ENOENT/);
  });

  it('in production, replaces whatever file was there by a new one of mode 0600, and returns no password', async () => {
    const file = passwordFile();
    writeFileSync(file, 'old contents\n');
    chmodSync(file, 0o644);
    const seeded = await seedIfEmpty(orm.em.fork(), { seed: 'none', production: true, initialPasswordFile: file }, noPhones);
    expect(seeded).toEqual({ credentials: [], passwordFile: file });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('old contents');
    expect(text).toMatch(/^admin\t\S{16}\tADMIN$/m);
    expect(text).toMatch(/^security\t\S{16}\tSECURITY_ADMIN$/m);
    // A second start finds an account and creates nothing, leaving the file alone.
    expect(await seedIfEmpty(orm.em.fork(), { seed: 'none', production: true, initialPasswordFile: file }, noPhones)).toEqual({
      credentials: [],
      passwordFile: undefined,
    });
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('in production, creates no account when the password cannot be written, and says what to set', async () => {
    const blocker = passwordFile();
    writeFileSync(blocker, 'a file where a folder should be');
    const file = path.join(blocker, 'initial-admin-password.txt');
    const failure = await seedIfEmpty(orm.em.fork(), { seed: 'none', production: true, initialPasswordFile: file }, noPhones).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as Error).message).toMatch(
      new RegExp(
        `^The initial passwords could not be written to ${file.replace(/[.]/g, '\\.')} \\(\\w+\\); set INITIAL_PASSWORD_FILE to a file this user may create`,
      ),
    );
    expect(await orm.em.fork().count(Account)).toBe(0);
  });
});
