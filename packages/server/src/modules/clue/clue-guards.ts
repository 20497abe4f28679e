import type { Redis } from 'ioredis';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../../config.js';
import { consumeOrRefuse, createLimiter } from '../../lib/rate-limit.js';
import { addressKey } from '../../http/client-address.js';
import type { PhoneSeal } from './phone.js';

type LimitName = keyof typeof limits;

/**
 * What the public may do, and how often. Per device is strict; per address is loose, because a
 * whole office or estate may share one Wi-Fi address.
 */
const limits = {
  submitPerDevice: { points: 5, duration: 600, what: 'You have sent several clues just now.' },
  supportPerAddress: { points: 300, duration: 60, what: 'Too many supports from this network just now.' },
  trackPerAddress: { points: 60, duration: 60, what: 'Too many lookups from this network just now.' },
  devicesPerAddress: { points: 120, duration: 60, what: 'Too many new devices from this network just now.' },
  uploadsPerDevice: { points: 15, duration: 600, what: 'You have uploaded many photos just now.' },
  uploadsPerAddress: { points: 300, duration: 600, what: 'Too many photos from this network just now.' },
} as const;

/**
 * What guards the public side of clues: the rate limits above, and the seal that keeps a submitter's
 * phone number unreadable in the database (only staff with the right to reveal it open the seal).
 */
export class ClueGuards {
  private readonly limiters: Record<LimitName | 'submitPerAddress', RateLimiterAbstract>;

  constructor(
    readonly phones: PhoneSeal,
    redis: Redis | undefined,
    config: Pick<Config, 'redisPrefix' | 'cluesPer10MinutesPerAddress'>,
  ) {
    const make = (name: string, points: number, duration: number) =>
      createLimiter(redis, config.redisPrefix, { keyPrefix: `clue-${name}`, points, duration });
    this.limiters = {
      ...(Object.fromEntries(Object.entries(limits).map(([name, l]) => [name, make(name, l.points, l.duration)])) as Record<
        LimitName,
        RateLimiterAbstract
      >),
      submitPerAddress: make('submitPerAddress', config.cluesPer10MinutesPerAddress, 600),
    };
  }

  /** Spends one point of a limit for `key` (a per-address limit counts the addressKey), refusing with RATE_LIMITED when none are left. */
  limit(name: LimitName | 'submitPerAddress', key: string): Promise<void> {
    const what = name === 'submitPerAddress' ? 'Too many clues from this network just now.' : limits[name].what;
    return consumeOrRefuse(this.limiters[name], name.endsWith('PerAddress') ? addressKey(key) : key, what);
  }
}
