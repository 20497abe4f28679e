// Reading and exporting the audit log (security administrators only), and the console unlock.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SqlEntityManager } from '@mikro-orm/sql';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, onPostgres, startTestServer, TEST_SECRET_KEY, type TestServer } from '../../test/harness.js';
import { entryHash, sealAuditEntries } from './audit-chain.js';

let server: TestServer;
let security: string;
const em = () => server.orm.em.fork() as SqlEntityManager;
const repoRoot = path.resolve(import.meta.dirname, '../../../../..');

const ENTRIES = `query($filter: AuditFilter, $first: Int, $after: String) {
  auditEntries(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage }
    nodes { id at actorId actorUsername action subjectType subjectId detail chainSeq prevHash hash }
  }
}`;
const CREATE = 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }';

beforeAll(async () => {
  server = await startTestServer();
  security = await server.login('security');
  for (const username of ['audit.one', 'audit.two'])
    await server.gql(CREATE, { input: { username, displayName: `${username} 名字`, role: 'HOST' } }, { token: security });
  await sealAuditEntries(em());
});
afterAll(async () => {
  await server?.stop();
});

const page = async (variables: Record<string, unknown>, token = security) => server.gql(ENTRIES, variables, { token });

describe('the audit log', () => {
  it('is read by security administrators, newest first, filtered by action, actor, time and text', async () => {
    const created = (await page({ filter: { action: 'account.create' } })).data.auditEntries;
    expect(created.totalCount).toBe(2);
    expect(created.nodes.map((n: { detail: string }) => JSON.parse(n.detail).username)).toEqual(['audit.two', 'audit.one']);
    expect(created.nodes[0]).toMatchObject({ actorUsername: 'security', subjectType: 'Account', chainSeq: expect.any(Number) });
    // An action's start finds its family; the actor by username or name; text in the details.
    expect((await page({ filter: { action: 'account' } })).data.auditEntries.totalCount).toBeGreaterThanOrEqual(2);
    expect((await page({ filter: { action: 'accoun' } })).data.auditEntries.totalCount).toBe(0);
    expect((await page({ filter: { actor: '测试安全' } })).data.auditEntries.totalCount).toBeGreaterThanOrEqual(2);
    expect((await page({ filter: { actor: 'host' } })).data.auditEntries.totalCount).toBe(0);
    expect((await page({ filter: { text: 'audit.two' } })).data.auditEntries.totalCount).toBe(1);
    expect((await page({ filter: { text: '100%_' } })).data.auditEntries.totalCount).toBe(0);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await page({ filter: { from: future } })).data.auditEntries.totalCount).toBe(0);
    expect((await page({ filter: { to: future, action: 'account.create' } })).data.auditEntries.totalCount).toBe(2);
  });

  it('pages by cursor and refuses a made-up one', async () => {
    const first = (await page({ filter: { action: 'account.create' }, first: 1 })).data.auditEntries;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await page({ filter: { action: 'account.create' }, first: 1, after: first.pageInfo.endCursor })).data.auditEntries;
    expect(second.nodes).toHaveLength(1);
    expect(second.nodes[0].id).not.toBe(first.nodes[0].id);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const bad = await page({ first: 1, after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('is not the business administrator’s, and offers no way to change an entry', async () => {
    const refused = await page({}, await server.login('admin'));
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const mutations = await server.gql('{ __schema { mutationType { fields { name } } } }', {}, { token: security });
    const names = mutations.data.__schema.mutationType.fields.map((f: { name: string }) => f.name) as string[];
    expect(names.filter((name) => /audit/i.test(name))).toEqual([]);
  });
});

describe('the audit exports', () => {
  const download = (file: string, token?: string) =>
    fetch(`${server.url}/exports/${file}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('are for security administrators only', async () => {
    expect((await download('audit.csv')).status).toBe(401);
    expect((await download('audit.xlsx', await server.login('admin'))).status).toBe(403);
    expect((await download('audit.csv?from=yesterday', security)).status).toBe(400);
  });

  it('stream every matching entry in chain order, page after page, with hashes an auditor can check', async () => {
    await em().execute(
      `insert into audit_entry (at, actor_id, action, subject_type, subject_id, detail)
       select now(), null, 'test.bulk', 'Test', 'bulk-' || i, jsonb_build_object('n', i, 'text', '逗号, "引号"') from generate_series(1, 2500) as i`,
    );
    await sealAuditEntries(em());
    const response = await download('audit.csv?action=test.bulk', security);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await response.text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^链序号,记录编号/);
    expect(lines).toHaveLength(2501);
    // Every row's hash follows from its own cells and the row before's hash: the chain checks from the file alone.
    const rows = lines.slice(1).map(parseCsvLine);
    for (let i = 0; i < rows.length; i++) {
      const [seq, id, at, actorId, , , action, subjectType, subjectId, detail, prevHash, hash] = rows[i]!;
      if (i > 0) expect(Number(seq)).toBe(Number(rows[i - 1]![0]) + 1);
      if (i > 0) expect(prevHash).toBe(rows[i - 1]![11]);
      const fields = {
        id: id!,
        at: at!,
        actorId: actorId || null,
        action: action!,
        subjectType: subjectType!,
        subjectId: subjectId || null,
      };
      expect(entryHash(prevHash!, { ...fields, detail: JSON.parse(detail!) })).toBe(hash);
    }

    const workbook = await download('audit.xlsx?action=test.bulk&lang=en', security);
    expect(workbook.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await workbook.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Audit log')!;
    expect(sheet.rowCount).toBe(2501);
    expect(sheet.getRow(1).getCell(12).value).toBe('Hash');
    expect(sheet.getRow(2501).getCell(12).value).toBe(rows.at(-1)![11]);
    expect(book.getWorksheet('How to check')).toBeDefined();
  }, 120_000);
});

/** One CSV line (RFC 4180 quoting; the export puts no line break inside a field of these rows). */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

describe('scripts/unlock-account.sh', () => {
  const run = (args: string[], env: Record<string, string>) =>
    new Promise<{ status: number | null; output: string }>((resolve) => {
      const child = spawn('bash', [path.join(repoRoot, 'scripts', 'unlock-account.sh'), ...args], {
        timeout: 90_000,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), LOG_LEVEL: 'silent', ...env },
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (status) => resolve({ status, output }));
    });

  it('unlocks a locked security administrator from the console, audit-logged as the console’s', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'wz-unlock-'));
    const dataDir = path.join(work, 'data'); // its ops socket beside it, in this test's own folder
    const database = onPostgres ? await createFreshDatabase() : undefined;
    // A database of its own that outlives each server (on disk when embedded).
    const start = () =>
      database
        ? startTestServer({}, { databaseUrl: database.url, redisPrefix: `wz-unlock-${process.pid}:` })
        : startTestServer({ DATA_DIR: dataDir });
    // The server's environment, as an operator runs it (with PostgreSQL, the master key is required too).
    const env: Record<string, string> = database ? { DATABASE_URL: database.url, SECRET_KEY: TEST_SECRET_KEY } : { DATA_DIR: dataDir };
    try {
      const own = await start();
      // Every security administrator locked out.
      await own.orm.em
        .fork()
        .getConnection()
        .execute(`update account set locked_at = now(), failed_sign_ins = 5 where role = 'SECURITY_ADMIN'`);
      const refused = await own.gql('mutation { login(input: { username: "security", password: "wz-test-password" }) { token } }');
      expect(refused.errors?.[0]?.extensions.code).toBe('LOCKED');
      await own.stop();

      expect(await run([], env)).toMatchObject({ status: 2, output: expect.stringContaining('Usage') });
      expect(await run(['nobody'], env)).toMatchObject({ status: 1, output: expect.stringContaining('There is no account "nobody"') });
      const done = await run(['security'], env);
      expect(done.output).toContain('security (SECURITY_ADMIN) is unlocked');
      expect(done.status).toBe(0);

      const again = await start();
      try {
        expect(await again.login('security')).toBeTruthy();
        const [entry] = await again.orm.em
          .fork()
          .getConnection()
          .execute(`select actor_id, detail from audit_entry where action = 'account.unlock' order by id desc limit 1`);
        expect(entry).toMatchObject({ actor_id: null, detail: { username: 'security', via: 'console' } });
      } finally {
        await again.stop();
      }
    } finally {
      await database?.drop();
      rmSync(work, { recursive: true, force: true });
    }
  }, 240_000);
});
