import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import { createLimiter, rateLimited } from '../../graphql/rate-limit.js';

/**
 * Brute-force protection for login: failures are counted per username+address (tight) and per
 * address (loose, since a studio or office shares one address). Successes clear the first.
 */
export class LoginLimiter {
  private readonly byUserAndIp: RateLimiterAbstract;
  private readonly byIp: RateLimiterAbstract;

  constructor(redis: Redis | undefined, prefix: string) {
    this.byUserAndIp = createLimiter(redis, prefix, { keyPrefix: 'login-user-ip', points: 5, duration: 15 * 60, blockDuration: 15 * 60 });
    this.byIp = createLimiter(redis, prefix, { keyPrefix: 'login-ip', points: 100, duration: 60 * 60, blockDuration: 60 * 60 });
  }

  /** Refuses with RATE_LIMITED while either counter is exhausted. */
  async assertAllowed(username: string, ip: string): Promise<void> {
    const [userIp, address] = await Promise.all([this.byUserAndIp.get(`${username}_${ip}`), this.byIp.get(ip)]);
    const blocked = [
      userIp && userIp.consumedPoints >= this.byUserAndIp.points ? userIp : null,
      address && address.consumedPoints >= this.byIp.points ? address : null,
    ].filter((r): r is RateLimiterRes => r !== null);
    if (blocked.length > 0) throw rateLimited(Math.max(...blocked.map((r) => r.msBeforeNext)), 'Too many failed sign-ins.');
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
