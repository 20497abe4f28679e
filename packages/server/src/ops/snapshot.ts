// A consistent copy of the embedded database (PGlite) while the server runs. PGlite lives inside the
// server's process: copying its data folder from outside could catch a page half-written, and
// opening the folder a second time would corrupt it. So the running server takes the snapshot
// itself, between statements, and hands it over a Unix socket beside the data folder. The socket is
// in a folder only the server's user may enter: whoever may read the data folder may back it up, and
// nobody else (no token, nothing on the network).
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from '../logger.js';

/** Unix socket paths longer than this are refused by the kernel (sun_path is 108 bytes on Linux). */
const MAX_SOCKET_PATH = 100;

/** Where a server running on the embedded database in `dataDir` answers snapshot requests. */
export function snapshotSocketPath(dataDir: string): string {
  return path.join(path.dirname(dataDir), '.wenzheng-ops', 'snapshot.sock');
}

/**
 * The data folder as a gzipped tar (PGlite's dumpDataDir), taken inside a transaction of its own:
 * PGlite queues every query, statement and transaction behind an open one, so nothing writes while
 * the files are read, and they form a crash-consistent image (committed work is in the WAL, which
 * PostgreSQL replays when the copy is opened). The checkpoint first keeps that replay short. Votes
 * wait for the copy (about a second for a county's data): take backups outside a live show.
 */
export async function snapshotPglite(pglite: PGlite): Promise<Blob> {
  await pglite.exec('checkpoint');
  return pglite.transaction(() => pglite.dumpDataDir('gzip'));
}

/** The PGlite instance under the ORM (embedded database only). */
export async function pgliteOf(orm: MikroORM): Promise<PGlite> {
  const connection = orm.em.getConnection() as unknown as { getNativeClient(): Promise<PGlite> };
  return connection.getNativeClient();
}

/**
 * Serves `GET /snapshot` on the socket beside the data folder, for `scripts/backup.sh`; nothing for an
 * in-memory database. Answers a function that stops serving.
 */
export async function serveSnapshots(dataDir: string, orm: MikroORM, logger: Logger): Promise<() => Promise<void>> {
  if (dataDir.startsWith('memory://')) return async () => undefined;
  const socketPath = snapshotSocketPath(dataDir);
  if (socketPath.length > MAX_SOCKET_PATH) {
    logger.warn({ socketPath }, 'the data folder’s path is too long for the backup socket; back up with the server stopped');
    return async () => undefined;
  }
  mkdirSync(path.dirname(socketPath), { recursive: true, mode: 0o700 });
  chmodSync(path.dirname(socketPath), 0o700); // also when it was made before, with other rights
  // Left by a server that did not stop cleanly; a running one would hold the data folder too.
  rmSync(socketPath, { force: true });
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/snapshot') {
      res.writeHead(404).end();
      return;
    }
    const started = performance.now();
    pgliteOf(orm)
      .then(snapshotPglite)
      .then(async (blob) => {
        res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': blob.size });
        res.end(Buffer.from(await blob.arrayBuffer()));
        logger.info({ bytes: blob.size, ms: Math.round(performance.now() - started) }, 'database snapshot taken for a backup');
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'a database snapshot failed');
        if (!res.headersSent) res.writeHead(500).end(String((error as Error).message));
        else res.destroy();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, resolve);
  });
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
}

/**
 * Asks the server running on `dataDir` for a snapshot: the gzipped tar, or undefined when no server
 * answers there (then nothing holds the folder, and it may be opened directly).
 */
export function requestSnapshot(dataDir: string): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const req = http.get({ socketPath: snapshotSocketPath(dataDir), path: '/snapshot', timeout: 120_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        if (res.statusCode === 200) resolve(body);
        else reject(new Error(`the running server could not take a snapshot: ${body.toString('utf8') || res.statusCode}`));
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('the running server did not send its snapshot within 2 minutes')));
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ECONNREFUSED') resolve(undefined);
      else reject(error);
    });
  });
}
