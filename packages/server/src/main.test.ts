// The entry point as a process (src/main.ts under tsx, as `pnpm start` runs it): a start that cannot
// listen ends at once with one sentence, and a production start keeps the first password off the screen.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newKeyEntry } from './secrets/key-ring.js';
import { createFreshDatabase, onPostgres } from './test/harness.js';
import { startMain, takePort, type MainProcess } from './test/main-process.js';

let running: MainProcess | undefined;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  running?.kill();
  running = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup().catch(() => {});
});

/** The database for one process: a fresh PostgreSQL database in the `postgres` project, else an embedded one in memory. */
async function databaseEnv(): Promise<Record<string, string>> {
  if (!onPostgres) return {};
  const database = await createFreshDatabase();
  cleanups.push(() => database.drop());
  return { DATABASE_URL: database.url, SECRET_KEY: newKeyEntry('k1') };
}

describe('a server whose port is taken', () => {
  it('exits non-zero with one sentence naming the host and port, and leaves nothing running', async () => {
    const taken = await takePort();
    cleanups.push(() => taken.close());
    running = startMain({ PORT: String(taken.port), SEED: 'test', ...(await databaseEnv()) });
    const sentence = `Port ${taken.port} on 127.0.0.1 is already in use; stop the other program or set PORT to a free port.`;
    const said = await running.waitFor(new RegExp(sentence.replace(/[.;]/g, '\\$&')), 60_000);
    const { code, signal, at } = await running.exited(15_000);
    expect({ code, signal }).toEqual({ code: 1, signal: null });
    // Nothing (reminder job, sweepers, the database) kept the process alive once it had said why it stops.
    expect(at - said.at).toBeLessThan(5_000);
    const output = running.output;
    expect(output.split(sentence).length - 1).toBe(1);
    expect(output).not.toMatch(/Internal error|EADDRINUSE|\n\s+at /);
    expect(output).not.toMatch(/running at|server listening/);
  }, 90_000);
});

describe('a production start', () => {
  it('gives an empty database an admin and a security account whose one-time passwords are only in a file of mode 0600, never printed', async () => {
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'wz-initial-')), 'private');
    const file = path.join(folder, 'initial-admin-password.txt');
    running = startMain({
      NODE_ENV: 'production',
      SEED: 'none',
      PORT: '0',
      SECRET_KEY: newKeyEntry('k1'),
      INITIAL_PASSWORD_FILE: file,
      ...(await databaseEnv()),
    });
    const { match } = await running.waitFor(/running at (http:\/\/\S+)/, 60_000);
    const url = match[1]!;

    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    const accounts = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    // The business administrator and, apart from it, the security administrator who manages accounts.
    expect(accounts.map((line) => [line.split('\t')[0], line.split('\t')[2]])).toEqual([
      ['admin', 'ADMIN'],
      ['security', 'SECURITY_ADMIN'],
    ]);
    const [username, password] = accounts[0]!.split('\t');
    const securityPassword = accounts[1]!.split('\t')[1]!;
    expect(password!.length).toBeGreaterThanOrEqual(16);
    expect(securityPassword.length).toBeGreaterThanOrEqual(16);
    expect(securityPassword).not.toBe(password);
    // Only where it is, never what it is (stdout and the log lines included).
    expect(running.output).toContain(file);
    expect(running.output).not.toContain(password);
    expect(running.output).not.toContain(securityPassword);

    // The password works, once: the account must choose its own before anything else.
    const gql = async (query: string, variables?: object, token?: string) =>
      (
        await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
          body: JSON.stringify({ query, variables }),
        })
      ).json() as Promise<{ data: any; errors?: unknown[] }>;
    const login = await gql('mutation($input: LoginInput!) { login(input: $input) { token } }', { input: { username, password } });
    expect(login.errors).toBeUndefined();
    const me = await gql('{ me { username role mustChangePassword } }', undefined, login.data.login.token);
    expect(me.data.me).toEqual({ username: 'admin', role: 'ADMIN', mustChangePassword: true });
    const security = await gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { username: 'security', password: securityPassword },
    });
    const securityMe = await gql('{ me { username role mustChangePassword } }', undefined, security.data.login.token);
    expect(securityMe.data.me).toEqual({ username: 'security', role: 'SECURITY_ADMIN', mustChangePassword: true });

    running.child.kill('SIGTERM');
    expect(await running.exited(20_000)).toMatchObject({ code: 0 });
    expect(running.output).not.toContain(password);
  }, 90_000);
});
