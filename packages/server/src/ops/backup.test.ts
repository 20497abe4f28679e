// scripts/backup.sh and scripts/restore.sh, end to end: a demo deployment with finished sessions
// (published results, follow-up items with their timelines) is backed up while its server runs,
// restored into a fresh database, and every table compares equal, row for row.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createServer, type RunningServer } from '../server.js';
import { createFreshDatabase, onPostgres, TEST_SECRET_KEY } from '../test/harness.js';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const work = mkdtempSync(path.join(os.tmpdir(), 'wz-backup-test-'));
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
});

/**
 * Runs a script as an operator would: a plain environment plus `env`. Not spawnSync: the server under
 * test runs in this process and must answer the script meanwhile.
 */
function script(name: 'backup.sh' | 'restore.sh', args: string[], env: Record<string, string>) {
  const child = spawn('bash', [path.join(repoRoot, 'scripts', name), ...args], {
    cwd: work,
    timeout: 90_000,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), LOG_LEVEL: 'silent', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise<{ status: number | null; output: string }>((resolve) => child.on('close', (status) => resolve({ status, output })));
}

/** Per table: its row count and a checksum of all its rows (order-independent), in one statement. */
async function fingerprint(query: (sql: string) => Promise<Record<string, unknown>[]>): Promise<Record<string, string>> {
  const tables = (
    await query(
      "select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1",
    )
  ).map((row) => String(row.name));
  const union = tables
    .map(
      (name) =>
        `select '${name}' as name, count(*) || ':' || md5(coalesce(string_agg(md5(t::text), ',' order by md5(t::text)), '')) as print from "${name}" t`,
    )
    .join(' union all ');
  // Named apart, to be sure there is something to compare: results are kept with their rounds.
  const results = `select 'published results' as name, count(*) || ':' || md5(coalesce(string_agg(result::text, ',' order by id), '')) as print from vote_round where status = 'PUBLISHED' and result is not null`;
  const rows = await query(`${union} union all ${results}`);
  return Object.fromEntries(rows.map((row) => [String(row.name), String(row.print)]));
}

const rowCount = (print: Record<string, string>, table: string) => Number(print[table]?.split(':')[0] ?? 0);

/** What makes this a meaningful check: finished sessions with published results, follow-up items and their timelines. */
function expectFinishedShow(print: Record<string, string>) {
  for (const table of ['session', 'published results', 'follow_up', 'follow_up_event', 'clue', 'audit_entry', 'mikro_orm_migrations'])
    expect(rowCount(print, table), table).toBeGreaterThan(0);
}

async function startDemo(env: Record<string, string>): Promise<RunningServer> {
  return createServer(loadConfig({ PORT: '0', SEED: 'demo', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', ...env }));
}

function uploadSomething(uploadDir: string): Buffer {
  const photo = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));
  mkdirSync(path.join(uploadDir, 'clues'), { recursive: true });
  writeFileSync(path.join(uploadDir, 'clues', 'backup-test.jpg'), photo);
  return photo;
}

function manifestOf(archive: string) {
  const result = spawnSync('tar', ['-xzOf', archive, 'manifest.json'], { encoding: 'utf8' });
  return JSON.parse(result.stdout);
}

// Each engine's tests are registered only where that engine runs (the embedded and the postgres projects).
const onEngine = (postgres: boolean) => (postgres === onPostgres ? describe : () => undefined);

onEngine(false)('backup and restore of the embedded database', () => {
  it('copies a running demo, and restores it into a fresh folder with every table identical', async () => {
    const from = { DATA_DIR: path.join(work, 'a', 'pglite'), UPLOAD_DIR: path.join(work, 'a', 'uploads') };
    const photo = uploadSomething(from.UPLOAD_DIR);
    const server = await startDemo(from);
    cleanups.push(() => server.stop());
    const connection = server.orm.em.getConnection();
    await connection.execute("set time zone 'UTC'");
    const before = await fingerprint((sql) => connection.execute(sql));
    expectFinishedShow(before);

    // Taken by the running server, while it keeps answering.
    const archive = path.join(work, 'embedded.tar.gz');
    const backedUp = await script('backup.sh', ['--output', 'embedded.tar.gz'], from);
    expect(backedUp.output).toContain(`Backup written to ${archive}`);
    expect(backedUp.status).toBe(0);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect(manifestOf(archive)).toMatchObject({
      format: 'wenzheng-backup',
      formatVersion: 1,
      createdAt: expect.any(String),
      schema: expect.stringMatching(/^Migration\d+/),
      database: { kind: 'pglite', file: 'database.pglite.tar.gz', tool: expect.stringMatching(/^pglite \d/) },
      uploads: { files: 1 },
    });
    await server.stop();

    const to = { DATA_DIR: path.join(work, 'b', 'pglite'), UPLOAD_DIR: path.join(work, 'b', 'uploads') };
    const restored = await script('restore.sh', [archive], to);
    expect(restored.output).toContain('Restored the backup');
    expect(restored.status).toBe(0);
    const { PGlite } = await import('@electric-sql/pglite');
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const copy = await PGlite.create({ dataDir: to.DATA_DIR, extensions: { pg_trgm } });
    try {
      await copy.exec("set time zone 'UTC'");
      expect(await fingerprint(async (sql) => (await copy.query<Record<string, unknown>>(sql)).rows)).toEqual(before);
    } finally {
      await copy.close();
    }
    expect(readFileSync(path.join(to.UPLOAD_DIR, 'clues', 'backup-test.jpg'))).toEqual(photo);

    // A second restore would overwrite what is there: refused unless asked for.
    const again = await script('restore.sh', [archive], to);
    expect(again.status).toBe(1);
    expect(again.output).toMatch(/is not empty; restore into an empty one, or add --replace/);
  }, 120_000);

  it('takes a consistent copy while transactions keep writing, and refuses to restore over a running server', async () => {
    const live = { DATA_DIR: path.join(work, 'c', 'pglite'), UPLOAD_DIR: path.join(work, 'c', 'uploads') };
    const server = await createServer(loadConfig({ PORT: '0', SEED: 'none', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', ...live }));
    cleanups.push(() => server.stop());
    // Each transaction writes a pair (n, -n): a copy taken in the middle of one would hold half a pair.
    const em = server.orm.em.fork();
    await em.getConnection().execute('create table backup_probe (n int primary key)');
    let written = 0;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        const n = written + 1;
        await em.transactional(async (tx) => {
          await tx.getConnection().execute(`insert into backup_probe values (${n})`, [], 'run', tx.getTransactionContext());
          await new Promise((resolve) => setTimeout(resolve, 1));
          await tx.getConnection().execute(`insert into backup_probe values (${-n})`, [], 'run', tx.getTransactionContext());
        });
        written = n;
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const archive = path.join(work, 'small.tar.gz');
    const backedUp = await script('backup.sh', ['--output', archive], live);
    writing = false;
    await writer;
    expect(backedUp.status, backedUp.output).toBe(0);

    const copy = { DATA_DIR: path.join(work, 'd', 'pglite'), UPLOAD_DIR: path.join(work, 'd', 'uploads') };
    expect((await script('restore.sh', [archive], copy)).status).toBe(0);
    const { PGlite } = await import('@electric-sql/pglite');
    const restored = await PGlite.create({ dataDir: copy.DATA_DIR });
    try {
      const { rows } = await restored.query<{ pairs: number; halves: number }>(
        'select count(*) filter (where n > 0)::int as pairs, count(*) filter (where n > 0 and not exists (select 1 from backup_probe m where m.n = -p.n))::int as halves from backup_probe p',
      );
      expect(rows[0]!.halves).toBe(0);
      expect(rows[0]!.pairs).toBeGreaterThan(0);
      expect(rows[0]!.pairs).toBeLessThanOrEqual(written);
    } finally {
      await restored.close();
    }

    const refused = await script('restore.sh', [archive, '--replace'], live);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain(`A server is running on ${live.DATA_DIR}; stop it, restore, then start it again.`);
    await server.stop();
  }, 60_000);
});

onEngine(true)('backup and restore of PostgreSQL', () => {
  it('dumps a demo with pg_dump, and restores it into a fresh database with every table identical', async () => {
    const source = await createFreshDatabase();
    cleanups.push(() => source.drop());
    const from = { DATABASE_URL: source.url, SECRET_KEY: TEST_SECRET_KEY, UPLOAD_DIR: path.join(work, 'pg-a', 'uploads') };
    const photo = uploadSomething(from.UPLOAD_DIR);
    const server = await startDemo(from);
    cleanups.push(() => server.stop());
    const psql = (url: string) => async (sql: string) => {
      const result = spawnSync('psql', ['-XAtq', '-F', '\t', '-c', sql, url], { encoding: 'utf8', env: { ...process.env, PGTZ: 'UTC' } });
      if (result.status !== 0) throw new Error(result.stderr);
      return result.stdout
        .trim()
        .split('\n')
        .map((line) => {
          const [name, print] = line.split('\t');
          return print === undefined ? { name } : { name, print };
        });
    };
    const before = await fingerprint(psql(source.url));
    expectFinishedShow(before);

    const archive = path.join(work, 'postgres.tar.gz');
    const backedUp = await script('backup.sh', ['--output', archive], from);
    expect(backedUp.output).toContain(`Backup written to ${archive}`);
    expect(backedUp.status).toBe(0);
    expect(manifestOf(archive).database).toMatchObject({
      kind: 'postgresql',
      file: 'database.pgdump',
      tool: expect.stringMatching(/^pg_dump/),
    });
    await server.stop();

    const target = await createFreshDatabase();
    cleanups.push(() => target.drop());
    const to = { DATABASE_URL: target.url, SECRET_KEY: TEST_SECRET_KEY, UPLOAD_DIR: path.join(work, 'pg-b', 'uploads') };
    const restored = await script('restore.sh', [archive], to);
    expect(restored.output).toContain('Restored the backup');
    expect(restored.status).toBe(0);
    expect(await fingerprint(psql(target.url))).toEqual(before);
    expect(readFileSync(path.join(to.UPLOAD_DIR, 'clues', 'backup-test.jpg'))).toEqual(photo);

    // Restoring again over the same database needs --replace, which drops and recreates its objects.
    expect((await script('restore.sh', [archive], { ...to, UPLOAD_DIR: path.join(work, 'pg-c') })).output).toMatch(/already has tables/);
    const replaced = await script('restore.sh', [archive, '--replace'], { ...to, UPLOAD_DIR: path.join(work, 'pg-c') });
    expect(replaced.status, replaced.output).toBe(0);
    expect(await fingerprint(psql(target.url))).toEqual(before);
  }, 120_000);
});
