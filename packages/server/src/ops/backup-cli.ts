// Backups of a deployment, run by scripts/backup.sh and scripts/restore.sh with the server's own
// environment (DATABASE_URL or DATA_DIR, UPLOAD_DIR), so they find what the server uses:
//   backup [--output FILE]      one .tar.gz: manifest.json, the database, the uploaded files
//   restore FILE [--replace]    into the configured database and upload folder, which must be empty
//                               unless --replace (PostgreSQL: its objects are dropped first; embedded:
//                               the old folders are kept aside, renamed)
// The master key is never in a backup (see README "Keys"): keep it apart, and give the restored
// server the same SECRET_KEY_FILE, or the embedded demo's secret.key beside its data folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { requestSnapshot, snapshotPglite, snapshotSocketPath } from './snapshot.js';

// As db/orm.ts has it (not imported: that would load every entity for nothing).
const migrationsDir = path.join(import.meta.dirname, '..', 'db', 'migrations');
const FORMAT = 'wenzheng-backup';
const FORMAT_VERSION = 1;
const PG_FILE = 'database.pgdump';
const PGLITE_FILE = 'database.pglite.tar.gz';
const UPLOADS_FILE = 'uploads.tar';

/** What a backup holds, when it was taken and by which version; restore checks it before touching anything. */
export interface Manifest {
  format: typeof FORMAT;
  formatVersion: number;
  createdAt: string;
  /** The newest migration this build knows: the schema the database had (the server migrates on start). */
  schema: string;
  /** The source revision, when the server runs from a git checkout. */
  commit: string | undefined;
  database: { kind: 'postgresql' | 'pglite'; file: string; sha256: string; bytes: number; tool: string };
  uploads: { file: string; sha256: string; bytes: number; files: number };
}

/** A failure the operator can act on: printed as one sentence, exit code 1. */
class BackupError extends Error {}

// Outside CRYPTO_SUITE on purpose: these checksums catch a damaged or truncated archive, protect no
// personal data (the database inside stays sealed under its suite) and must read the same on any
// machine, with `sha256sum -c`, whichever suite the deployment runs.
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function run(command: string, args: string[], what: string): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new BackupError(`${what} failed: ${command} could not be run (${result.error.message}).`);
  if (result.status !== 0) throw new BackupError(`${what} failed: ${(result.stderr || result.stdout).trim()}`);
  return result.stdout;
}

function latestMigration(): string {
  const names = readdirSync(migrationsDir)
    .filter((name) => /^Migration\d+.*\.(ts|js)$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => name.replace(/\.(ts|js)$/, ''))
    .sort();
  return names.at(-1) ?? 'none';
}

function sourceCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: migrationsDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

/** PGlite's version (its package.json is not among its exports: found from its entry point). */
function pgliteVersion(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Whether a server answers on the embedded database's snapshot socket (it then holds the folder). */
function serverRunsOn(dataDir: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ socketPath: snapshotSocketPath(dataDir), path: '/' }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
  });
}

async function openPglite(dataDir: string, loadDataDir?: Blob) {
  const [{ PGlite }, { pg_trgm }] = await Promise.all([import('@electric-sql/pglite'), import('@electric-sql/pglite/contrib/pg_trgm')]);
  return PGlite.create({ dataDir, extensions: { pg_trgm }, ...(loadDataDir ? { loadDataDir } : {}) });
}

/** The embedded database as a gzipped tar: from the running server, or (none running) opened here. */
async function pgliteSnapshot(dataDir: string): Promise<Buffer> {
  const fromServer = await requestSnapshot(dataDir);
  if (fromServer) return fromServer;
  if (!existsSync(path.join(dataDir, 'PG_VERSION')))
    throw new BackupError(`There is no embedded database in ${dataDir}; set DATA_DIR (or DATABASE_URL) as the server has it.`);
  const pglite = await openPglite(dataDir);
  try {
    return Buffer.from(await (await snapshotPglite(pglite)).arrayBuffer());
  } finally {
    await pglite.close();
  }
}

async function backup(config: Config, output: string | undefined): Promise<string> {
  if (!config.databaseUrl && config.dataDir.startsWith('memory://'))
    throw new BackupError('DATA_DIR is memory://: that database lives only in the server process and cannot be backed up.');
  const staging = mkdtempSync(path.join(os.tmpdir(), 'wz-backup-'));
  try {
    const kind = config.databaseUrl ? 'postgresql' : 'pglite';
    const file = kind === 'postgresql' ? PG_FILE : PGLITE_FILE;
    let tool: string;
    if (config.databaseUrl) {
      // Custom format: compressed, and pg_restore can restore it into an empty database of any name.
      run(
        'pg_dump',
        ['--format=custom', '--no-owner', '--no-privileges', `--file=${path.join(staging, file)}`, config.databaseUrl],
        'pg_dump',
      );
      tool = run('pg_dump', ['--version'], 'pg_dump').trim();
    } else {
      writeFileSync(path.join(staging, file), await pgliteSnapshot(config.dataDir));
      // The data folder's format belongs to PGlite's PostgreSQL version: restore with a PGlite that reads it.
      tool = `pglite ${pgliteVersion()} dumpDataDir`;
    }
    const uploadsTar = path.join(staging, UPLOADS_FILE);
    if (existsSync(config.uploadDir)) run('tar', ['-cf', uploadsTar, '-C', config.uploadDir, '.'], 'Archiving the uploads');
    else run('tar', ['-cf', uploadsTar, '-T', '/dev/null'], 'Archiving the uploads');
    const manifest: Manifest = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      schema: latestMigration(),
      commit: sourceCommit(),
      database: { kind, file, sha256: sha256(path.join(staging, file)), bytes: statSync(path.join(staging, file)).size, tool },
      uploads: { file: UPLOADS_FILE, sha256: sha256(uploadsTar), bytes: statSync(uploadsTar).size, files: countFiles(config.uploadDir) },
    };
    writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const stamp = manifest.createdAt.replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    const target = path.resolve(output ?? `wenzheng-backup-${stamp}.tar.gz`);
    mkdirSync(path.dirname(target), { recursive: true });
    run('tar', ['-czf', target, '-C', staging, 'manifest.json', file, UPLOADS_FILE], 'Writing the archive');
    return target;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** An existing, non-empty folder is renamed aside (with --replace) or refused. */
function clearFolder(dir: string, what: string, replace: boolean, stamp: string): string | undefined {
  if (!existsSync(dir) || readdirSync(dir).length === 0) return undefined;
  if (!replace)
    throw new BackupError(`${what} ${dir} is not empty; restore into an empty one, or add --replace to keep it aside, renamed.`);
  const aside = `${dir}.before-restore-${stamp}`;
  renameSync(dir, aside);
  return aside;
}

async function restore(config: Config, archive: string, replace: boolean): Promise<string[]> {
  if (!existsSync(archive)) throw new BackupError(`There is no file ${archive}.`);
  const staging = mkdtempSync(path.join(os.tmpdir(), 'wz-restore-'));
  const done: string[] = [];
  try {
    run('tar', ['-xzf', archive, '-C', staging], 'Unpacking the archive');
    const manifestFile = path.join(staging, 'manifest.json');
    if (!existsSync(manifestFile)) throw new BackupError(`${archive} is not a Wenzheng backup (it has no manifest.json).`);
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    if (manifest.format !== FORMAT || manifest.formatVersion > FORMAT_VERSION)
      throw new BackupError(
        `${archive} is a backup of format ${manifest.format} ${manifest.formatVersion}, which this version cannot read.`,
      );
    for (const part of [manifest.database, manifest.uploads])
      if (sha256(path.join(staging, part.file)) !== part.sha256)
        throw new BackupError(`${part.file} in ${archive} is damaged (checksum mismatch).`);
    if (manifest.schema.localeCompare(latestMigration()) > 0)
      throw new BackupError(
        `The backup's schema (${manifest.schema}) is newer than this server's (${latestMigration()}); restore with the newer version.`,
      );
    const target = config.databaseUrl ? 'postgresql' : 'pglite';
    if (manifest.database.kind !== target)
      throw new BackupError(
        `The backup holds a ${manifest.database.kind === 'pglite' ? 'embedded (PGlite)' : 'PostgreSQL'} database, and this configuration ${config.databaseUrl ? 'sets DATABASE_URL' : 'uses the embedded database'}; restore it with the same kind (move data between them by restoring, then copying with pg_dump).`,
      );
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    const dump = path.join(staging, manifest.database.file);
    if (config.databaseUrl) {
      const tables = run(
        'psql',
        ['-XAtq', '-c', "select count(*) from information_schema.tables where table_schema = 'public'", config.databaseUrl],
        'Checking the target database',
      ).trim();
      if (tables !== '0' && !replace)
        throw new BackupError(
          'The database DATABASE_URL names already has tables; restore into an empty database, or add --replace to drop them first.',
        );
      run(
        'pg_restore',
        [
          '--no-owner',
          '--no-privileges',
          '--exit-on-error',
          '--single-transaction',
          ...(tables !== '0' ? ['--clean', '--if-exists'] : []),
          `--dbname=${config.databaseUrl}`,
          dump,
        ],
        'pg_restore',
      );
      done.push('the PostgreSQL database (DATABASE_URL)');
    } else {
      if (config.dataDir.startsWith('memory://')) throw new BackupError('DATA_DIR is memory://; set it to the folder the server will use.');
      // Replacing the folder under a running server would be lost at its next write, or corrupt it.
      if (await serverRunsOn(config.dataDir))
        throw new BackupError(`A server is running on ${config.dataDir}; stop it, restore, then start it again.`);
      const aside = clearFolder(config.dataDir, 'The data folder', replace, stamp);
      mkdirSync(path.dirname(config.dataDir), { recursive: true });
      const pglite = await openPglite(config.dataDir, new Blob([readFileSync(dump)]));
      await pglite.query('select 1');
      await pglite.close();
      done.push(`the embedded database in ${config.dataDir}${aside ? ` (the previous one is kept in ${aside})` : ''}`);
    }
    const aside = clearFolder(config.uploadDir, 'The upload folder', replace, stamp);
    mkdirSync(config.uploadDir, { recursive: true });
    run('tar', ['-xf', path.join(staging, manifest.uploads.file), '-C', config.uploadDir], 'Restoring the uploads');
    done.push(`${manifest.uploads.files} uploaded files in ${config.uploadDir}${aside ? ` (the previous ones are kept in ${aside})` : ''}`);
    return [`Restored the backup of ${manifest.createdAt}:`, ...done.map((line) => `  ${line}`)];
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

// The first argument is the folder the script was run from: relative paths mean that folder.
const [callerDir, command, ...args] = process.argv.slice(2);
if (callerDir) process.chdir(callerDir);
const at = args.indexOf('--output');
const files = args.filter((a) => a !== '--replace');
const understood =
  command === 'backup'
    ? args.length === (at >= 0 ? 2 : 0) && (at < 0 || Boolean(args[at + 1]))
    : command === 'restore' && files.length === 1 && !files[0]!.startsWith('--');
if (!understood) {
  console.error('Usage: bash scripts/backup.sh [--output FILE] | bash scripts/restore.sh FILE [--replace]');
  process.exit(64);
}
try {
  const config = loadConfig();
  if (command === 'backup') {
    const file = await backup(config, at >= 0 ? args[at + 1] : undefined);
    console.log(`Backup written to ${file}. The master key is not in it: keep it apart (see README, "Keys").`);
  } else {
    for (const line of await restore(config, files[0]!, args.includes('--replace'))) console.log(line);
    console.log('Start the server with the same master key as the backed-up one.');
  }
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration problem: ${error.message}`);
    process.exitCode = 78;
  } else if (error instanceof BackupError) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
}
