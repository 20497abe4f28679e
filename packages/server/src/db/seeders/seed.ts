import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { ConfigError, type Config } from '../../config.js';
import { Account } from '../../modules/account/account.entity.js';
import { Role } from '../../modules/account/role.js';
import { generatePassword, hashPassword } from '../../modules/auth/password.js';
import type { PhoneSeal } from '../../modules/clue/phone.js';
import { DemoSeeder, type SeededCredential } from './demo.seeder.js';
import { TestSeeder } from './test.seeder.js';

/** What the seed created on this start, for the start-up banner. */
export interface Seeded {
  /** Passwords to print once (outside production); empty when nothing was seeded, or when they went to `passwordFile`. */
  credentials: SeededCredential[];
  /** In production: the file (mode 0600) the passwords were written to instead of being printed. */
  passwordFile: string | undefined;
}

/**
 * Seeds an empty database (no account at all yet): the demo or test data, or with `SEED=none` an
 * `admin` and a `security` account, each with a generated one-time password (it must choose its own
 * after signing in), so that a new deployment has a way in. Outside production
 * the passwords are returned, to print once; in production they are written to a file only its owner
 * may read (`INITIAL_PASSWORD_FILE`) and never printed or logged: log collectors keep what they see.
 */
export async function seedIfEmpty(
  em: EntityManager,
  config: Pick<Config, 'seed' | 'production' | 'initialPasswordFile'>,
  phones: PhoneSeal,
): Promise<Seeded> {
  if ((await em.count(Account)) > 0) return { credentials: [], passwordFile: undefined };
  const context = { credentials: [] as SeededCredential[], phones };
  const toFile = config.production;
  await em.transactional(async (tx) => {
    if (config.seed === 'demo') await new DemoSeeder().run(tx, context);
    else if (config.seed === 'test')
      await new TestSeeder().run(tx); // its password is TEST_PASSWORD, in the source
    else await createFirstAdmins(tx, context.credentials);
    // Written before the accounts commit: a password that could not be kept leaves no account behind.
    if (toFile && context.credentials.length > 0) await writePasswordFile(config.initialPasswordFile, context.credentials);
  });
  if (toFile && context.credentials.length > 0) return { credentials: [], passwordFile: config.initialPasswordFile };
  return { credentials: context.credentials, passwordFile: undefined };
}

/**
 * The way into a new deployment: one business administrator and one security administrator (等保
 * separation of duties: accounts are the security administrator's alone), each with a generated
 * password that works once, to choose their own (`changeOwnPassword`).
 */
async function createFirstAdmins(em: EntityManager, credentials: SeededCredential[]): Promise<void> {
  const first = [
    ['admin', '系统管理员', Role.ADMIN],
    ['security', '安全管理员', Role.SECURITY_ADMIN],
  ] as const;
  for (const [username, displayName, role] of first) {
    const password = generatePassword(16);
    em.create(Account, {
      username,
      displayName,
      role,
      department: null,
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
    });
    credentials.push({ username, password, role });
  }
  await em.flush();
}

/** A new file of mode 0600 (its folder created 0700 when missing) holding the passwords, one account a line. */
async function writePasswordFile(file: string, credentials: SeededCredential[]): Promise<void> {
  const text = [
    `# Wenzheng: the accounts created for the empty database on ${new Date().toISOString()}.`,
    '# Their passwords are written only here, never printed or logged. Sign in (the admin and security',
    '# accounts created for SEED=none must then choose their own passwords), then delete this file.',
    ...credentials.map((c) => `${c.username}\t${c.password}\t${c.role}`),
    '',
  ].join('\n');
  try {
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    // Always a new file ('wx' also refuses to follow a planted symbolic link): an existing file would keep its own mode.
    await rm(file, { force: true });
    await writeFile(file, text, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigError(
      `The initial passwords could not be written to ${file} (${reason}); set INITIAL_PASSWORD_FILE to a file this user may create, in a folder only it can read.`,
    );
  }
}
