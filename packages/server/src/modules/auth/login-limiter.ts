import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import { DomainError } from '../../graphql/errors.js';

/**
 * Brute-force protection for login: failures are counted per username+address (tight) and per
 * address (loose, since a studio or office shares one address). Successes clear the first.
 */
export class LoginLimiter {
  private readonly byUserAndIp: RateLimiterAbstract;
  private readonly byIp: RateLimiterAbstract;

  constructor(redis: Redis | undefined, prefix: string) {
    const make = (keyPrefix: string, points: number, duration: number, blockDuration: number) =>
      redis
        ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}${keyPrefix}`, points, duration, blockDuration })
        : new RateLimiterMemory({ keyPrefix, points, duration, blockDuration });
    this.byUserAndIp = make('login-user-ip', 5, 15 * 60, 15 * 60);
    this.byIp = make('login-ip', 100, 60 * 60, 60 * 60);
  }

  /** Refuses with RATE_LIMITED while either counter is exhausted. */
  async assertAllowed(username: string, ip: string): Promise<void> {
    const [userIp, address] = await Promise.all([this.byUserAndIp.get(`${username}_${ip}`), this.byIp.get(ip)]);
    const blocked = [
      userIp && userIp.consumedPoints >= this.byUserAndIp.points ? userIp : null,
      address && address.consumedPoints >= this.byIp.points ? address : null,
    ].filter((r): r is RateLimiterRes => r !== null);
    if (blocked.length > 0) throw limited(Math.max(...blocked.map((r) => r.msBeforeNext)));
  }

  async recordFailure(username: string, ip: string): Promise<void> {
    const results = await Promise.allSettled([this.byUserAndIp.consume(`${username}_${ip}`), this.byIp.consume(ip)]);
    for (const result of results) {
      if (result.status === 'rejected' && !(result.reason instanceof RateLimiterRes)) throw result.reason;
    }
  }

  async recordSuccess(username: string, ip: string): Promise<void> {
    await this.byUserAndIp.delete(`${username}_${ip}`);
  }
}

function limited(msBeforeNext: number): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new DomainError('RATE_LIMITED', `Too many failed sign-ins. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
}
