import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MikroORM } from '@mikro-orm/core';
import { WebSocketServer } from 'ws';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../config.js';
import { createServer } from '../server.js'; // first: it loads the schema's decorator support
import { PhotoSweeper } from '../modules/clue/photo-sweeper.js';
import { ReminderJob } from '../modules/follow-up/reminders.js';
import { newKeyEntry } from '../secrets/key-ring.js';
import { createFreshDatabase, onPostgres } from '../test/harness.js';
import { takePort } from '../test/main-process.js';
import { LISTEN_BACKLOG, listen, ListenError } from './listen.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('listening', () => {
  it('fails with one sentence naming the host and port, not through the WebSocket server attached to it', async () => {
    const taken = await takePort();
    const server = http.createServer();
    const wsServer = new WebSocketServer({ server, path: '/graphql' });
    const wsErrors: unknown[] = [];
    wsServer.on('error', (error) => wsErrors.push(error));
    const failure = await listen(server, { host: '127.0.0.1', port: taken.port }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ListenError);
    expect(failure).toMatchObject({
      code: 'EADDRINUSE',
      host: '127.0.0.1',
      port: taken.port,
      message: `Port ${taken.port} on 127.0.0.1 is already in use; stop the other program or set PORT to a free port.`,
    });
    expect(wsErrors).toEqual([]);
    // Afterwards the WebSocket server hears the HTTP server's errors again, as before.
    server.emit('error', new Error('later'));
    expect(wsErrors).toHaveLength(1);
    await taken.close();
  });

  it.each([
    // 192.0.2.0/24 is TEST-NET-1: never an address of this machine.
    [
      { host: '192.0.2.1', port: 4000 },
      'Port 4000 cannot be opened on 192.0.2.1, which is not an address of this machine; set HOST to one of its addresses, or to 0.0.0.0 for all of them.',
    ],
    [
      { host: 'no-such-host.invalid', port: 4000 },
      'Port 4000 cannot be opened on no-such-host.invalid, a name that does not resolve here; set HOST to an address of this machine, or to 0.0.0.0 for all of them.',
    ],
  ])('says what to set when %o cannot be opened', async (options, sentence) => {
    const failure = await listen(http.createServer(), options).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ListenError);
    expect((failure as Error).message).toBe(sentence);
  });

  it('lets the kernel hold a wave of connections while the server is busy, not the 511 Node would ask for', async () => {
    const server = http.createServer();
    await listen(server, { host: '127.0.0.1', port: 0 });
    const { port } = server.address() as AddressInfo;
    // `ss` shows a listening socket's backlog as its Send-Q; the kernel caps it at net.core.somaxconn.
    const [, , backlog] = execFileSync('ss', ['-Hltn', `sport = :${port}`], { encoding: 'utf8' })
      .trim()
      .split(/\s+/);
    const somaxconn = Number(readFileSync('/proc/sys/net/core/somaxconn', 'utf8'));
    expect(Number(backlog)).toBe(Math.min(LISTEN_BACKLOG, somaxconn));
    expect(Number(backlog)).toBeGreaterThan(511);
    await new Promise((resolve) => server.close(resolve));
  });

  it('says that a privileged port needs privileges', () => {
    // Said from the system's code: a test run as root may open port 80, so it cannot provoke EACCES.
    expect(new ListenError('127.0.0.1', 80, 'EACCES').message).toMatch(
      /^Port 80 on 127\.0\.0\.1 may not be opened by this user .*; set PORT to 1024 or above/,
    );
  });
});

describe('a server that cannot listen', () => {
  it('rejects with the ListenError after stopping its jobs and closing the database', async () => {
    const taken = await takePort();
    const database = onPostgres ? await createFreshDatabase() : undefined;
    const reminders = vi.spyOn(ReminderJob.prototype, 'close');
    const sweeper = vi.spyOn(PhotoSweeper.prototype, 'close');
    const orm = vi.spyOn(MikroORM.prototype, 'close');
    const config = loadConfig({
      PORT: String(taken.port),
      SEED: 'test',
      LOG_LEVEL: 'silent',
      DATA_DIR: 'memory://',
      WEB_DIST: '/nonexistent',
      ...(database && { DATABASE_URL: database.url, SECRET_KEY: newKeyEntry('k1') }),
    });
    const failure = await createServer(config).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ListenError);
    expect(reminders).toHaveBeenCalledTimes(1);
    expect(sweeper).toHaveBeenCalledTimes(1);
    expect(orm).toHaveBeenCalledTimes(1);
    await taken.close();
    await database?.drop();
  });
});
