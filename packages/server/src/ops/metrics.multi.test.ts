// WORKERS=2: a scrape lands on one worker, yet reports both (the primary gathers and sums them).
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { newKeyEntry } from '../secrets/key-ring.js';
import { createFreshDatabase } from '../test/harness.js';
import { startMain, takePort, type MainProcess } from '../test/main-process.js';

const TOKEN = 'metrics-token-0123456789abcdef';

let database: Awaited<ReturnType<typeof createFreshDatabase>> | undefined;
let running: MainProcess | undefined;
afterAll(async () => {
  running?.kill();
  await database?.drop();
});

describe('metrics of several worker processes', () => {
  it('report every worker on every scrape, whichever worker answers', async () => {
    database = await createFreshDatabase();
    const port = await takePort().then(async (taken) => {
      await taken.close();
      return taken.port;
    });
    running = startMain({
      WORKERS: '2',
      PORT: String(port),
      SEED: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: process.env.TEST_REDIS_URL!,
      REDIS_PREFIX: `wz-metrics-${randomUUID().slice(0, 8)}:`,
      SECRET_KEY: newKeyEntry('k1'),
      METRICS_TOKEN: TOKEN,
    });
    await running.waitFor(/Wenzheng is running at/, 60_000);
    for (let i = 0; i < 4; i++) {
      // A new connection each time, so the kernel may hand it to either worker.
      const response = await fetch(`http://127.0.0.1:${port}/metrics`, {
        headers: { authorization: `Bearer ${TOKEN}`, connection: 'close' },
      });
      expect(response.status).toBe(200);
      const text = await response.text();
      const workers = [...text.matchAll(/^wenzheng_websocket_clients\{worker="(\d+)"\} /gm)].map((m) => m[1]).sort();
      expect(workers).toEqual(['1', '2']);
      expect(text).toMatch(/^wenzheng_dependency_up\{dependency="database"\} 1$/m);
      expect(text).toMatch(/^wenzheng_dependency_up\{dependency="redis"\} 1$/m);
    }
  }, 120_000);
});
