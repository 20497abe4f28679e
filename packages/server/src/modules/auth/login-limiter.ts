import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import { consumeOrRefuse, createLimiter } from '../../lib/rate-limit.js';
import { addressKey } from '../../http/client-address.js';

const refusal = 'Too many failed sign-ins.';

/**
 * Brute-force protection for login, counted per username+address (tight) and per address (loose,
 * since a studio or office shares one address; an address is counted by its addressKey, an IPv6 client
 * by its /64). Every attempt spends a point *before* its password
 * is checked: `consume` is atomic in memory and in Redis, so concurrent guesses cannot all pass a
 * check made before any of them failed. A success gives its points back, so only failures add up.
 */
export class LoginLimiter {
  private readonly byUserAndIp: RateLimiterAbstract;
  private readonly byIp: RateLimiterAbstract;

  constructor(redis: Redis | undefined, prefix: string) {
    this.byUserAndIp = createLimiter(redis, prefix, { keyPrefix: 'login-user-ip', points: 5, duration: 15 * 60, blockDuration: 15 * 60 });
    this.byIp = createLimiter(redis, prefix, { keyPrefix: 'login-ip', points: 100, duration: 60 * 60, blockDuration: 60 * 60 });
  }

  /** Spends an attempt, or refuses with RATE_LIMITED (and retryAfterSeconds) when either counter is exhausted. */
  async consume(username: string, address: string): Promise<void> {
    const ip = addressKey(address);
    const key = `${username}_${ip}`;
    await consumeOrRefuse(this.byUserAndIp, key, refusal);
    try {
      await consumeOrRefuse(this.byIp, ip, refusal);
    } catch (error) {
      // Refused by the address: this attempt was never checked, so it does not count against the username.
      await this.byUserAndIp.reward(key, 1);
      throw error;
    }
  }

  /** The password was right: the username's failures are forgotten and the address gets its point back. */
  async recordSuccess(username: string, address: string): Promise<void> {
    const ip = addressKey(address);
    await Promise.all([this.byUserAndIp.delete(`${username}_${ip}`), this.byIp.reward(ip, 1)]);
  }

  /** The account is locked and its lock now answers for it: the username+address counter starts again. */
  async forgetUsername(username: string, address: string): Promise<void> {
    await this.byUserAndIp.delete(`${username}_${addressKey(address)}`);
  }
}
