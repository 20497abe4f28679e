import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import { DomainError } from '../graphql/errors.js';

/**
 * A limiter shared by every instance through Redis when there is one, else kept in this process.
 * While Redis is away, each instance counts for itself (the insurance limiter) instead of failing.
 */
export function createLimiter(
  redis: Redis | undefined,
  prefix: string,
  options: { keyPrefix: string; points: number; duration: number; blockDuration?: number },
): RateLimiterAbstract {
  return redis
    ? new RateLimiterRedis({
        storeClient: redis,
        ...options,
        keyPrefix: `${prefix}${options.keyPrefix}`,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(options),
      })
    : new RateLimiterMemory(options);
}

export function rateLimited(msBeforeNext: number, what: string): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new DomainError('RATE_LIMITED', `${what} Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
}

/** Spends one point for `key`, refusing with RATE_LIMITED when none are left. */
export async function consumeOrRefuse(limiter: RateLimiterAbstract, key: string, what: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw rateLimited(error.msBeforeNext, what);
    throw error;
  }
}
