import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPostgres, startTestServer, TEST_PASSWORD, type TestServer } from '../../test/harness.js';
import { LoginLimiter } from './login-limiter.js';

// On the embedded target the limiter counts in memory; on the postgres target it counts in Redis
// (TEST_REDIS_URL), so every test here runs against both stores.
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { token } }';

let server: TestServer;
let redis: Redis | undefined;
beforeAll(async () => {
  // A lockout above the limiter's five tries, so the limiter is seen at work here (the lockout: account-controls.test.ts).
  server = await startTestServer({ LOCKOUT_THRESHOLD: '10' });
  if (onPostgres && process.env.TEST_REDIS_URL) {
    redis = new Redis(process.env.TEST_REDIS_URL);
    await new Promise((resolve) => redis!.once('ready', resolve));
    await untilCountedInRedis();
  }
});
afterAll(async () => {
  await server?.stop();
  await redis?.quit();
});

const attempt = async (username: string, password: string) => {
  const result = await server.gql(LOGIN, { input: { username, password } });
  return { code: result.errors?.[0]?.extensions.code ?? 'OK', retryAfterSeconds: result.errors?.[0]?.extensions.retryAfterSeconds };
};

/**
 * Until the server's Redis connection is ready its limiters count in memory (the insurance store), and
 * a burst counted partly there and partly in Redis would be allowed twice the limit: wait until a
 * (wrong) sign-in is counted in Redis; only a few such attempts reach the address counter.
 */
async function untilCountedInRedis() {
  for (let i = 0; i < 200; i++) {
    await attempt('warm.up', 'not the password');
    if ((await redis!.keys(`${server.redisPrefix}login-user-ip*`)).length > 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the server’s sign-in limiter never counted in Redis');
}

describe('the sign-in limiter', () => {
  it('checks at most 5 concurrent wrong passwords per username and address; the rest are refused unchecked', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt('rep', `guess ${i}`)));
    const codes = answers.map((a) => a.code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(7);
    for (const refused of answers.filter((a) => a.code === 'RATE_LIMITED')) expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    // The right password is refused too until the block ends.
    expect((await attempt('rep', TEST_PASSWORD)).code).toBe('RATE_LIMITED');
  });

  it('lets the right password in after failures below the limit, and then forgets them', async () => {
    for (let i = 0; i < 4; i++) expect((await attempt('host', `guess ${i}`)).code).toBe('INVALID_CREDENTIALS');
    expect((await attempt('host', TEST_PASSWORD)).code).toBe('OK');
    const again = await Promise.all(Array.from({ length: 6 }, (_, i) => attempt('host', `again ${i}`)));
    expect(again.map((a) => a.code).sort()).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), 'RATE_LIMITED']);
  });
});

describe('the per-address limit', () => {
  const limiter = () => new LoginLimiter(redis, `wz-test-${randomBytes(4).toString('hex')}:`);

  it('refuses an address after 100 failed attempts across usernames, concurrent or not', async () => {
    const limits = limiter();
    const spent = await Promise.allSettled(Array.from({ length: 120 }, (_, i) => limits.consume(`user${i}`, '203.0.113.7')));
    expect(spent.filter((s) => s.status === 'fulfilled')).toHaveLength(100);
    const refused = spent.find((s) => s.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toMatchObject({
      code: 'RATE_LIMITED',
      details: { retryAfterSeconds: expect.any(Number) },
    });
    // Another address is not affected.
    await expect(limits.consume('user0', '203.0.113.8')).resolves.toBeUndefined();
  });

  it('does not count successful sign-ins from a shared address', async () => {
    const limits = limiter();
    for (let i = 0; i < 150; i++) {
      await limits.consume(`staff${i % 10}`, '198.51.100.1');
      await limits.recordSuccess(`staff${i % 10}`, '198.51.100.1');
    }
    await expect(limits.consume('staff0', '198.51.100.1')).resolves.toBeUndefined();
  });
});
