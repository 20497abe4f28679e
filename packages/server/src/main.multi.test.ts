// WORKERS=2 on a port another program holds: the worker that cannot listen tells the primary why, and
// the primary says it once and exits non-zero, leaving no worker behind.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { newKeyEntry } from './secrets/key-ring.js';
import { createFreshDatabase } from './test/harness.js';
import { startMain, takePort, type MainProcess } from './test/main-process.js';

let database: Awaited<ReturnType<typeof createFreshDatabase>> | undefined;
let taken: Awaited<ReturnType<typeof takePort>> | undefined;
let running: MainProcess | undefined;
afterAll(async () => {
  running?.kill();
  await taken?.close();
  await database?.drop();
});

describe('worker processes whose port is taken', () => {
  it('end with one sentence naming the host and port and a non-zero exit code', async () => {
    database = await createFreshDatabase();
    taken = await takePort();
    running = startMain({
      WORKERS: '2',
      PORT: String(taken.port),
      SEED: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: process.env.TEST_REDIS_URL!,
      REDIS_PREFIX: `wz-main-${randomUUID().slice(0, 8)}:`,
      SECRET_KEY: newKeyEntry('k1'),
    });
    const sentence = `Port ${taken.port} on 127.0.0.1 is already in use; stop the other program or set PORT to a free port.`;
    const { code, signal } = await running.exited(60_000);
    expect({ code, signal }).toEqual({ code: 1, signal: null });
    expect(running.output.split(sentence).length - 1).toBe(1);
    expect(running.output).not.toMatch(/Internal error|the workers did not start|exited with code|\n\s+at /);
  }, 90_000);
});
