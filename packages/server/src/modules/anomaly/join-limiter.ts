import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { addressKey } from '../../http/client-address.js';
import { consumeOrRefuse } from '../../lib/rate-limit.js';

/** Joins per address (an IPv6 client: per /64, see addressKey) are capped loosely: a whole studio audience may share one Wi-Fi address. */
export class JoinLimiter {
  constructor(private readonly limiter: RateLimiterAbstract) {}

  consume(ip: string): Promise<void> {
    return consumeOrRefuse(this.limiter, addressKey(ip), 'Too many phones joined from this network just now.');
  }
}
