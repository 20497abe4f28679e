import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../../config.js';
import { addressKey } from '../../http/client-address.js';
import { consumeOrRefuse } from '../../lib/rate-limit.js';
import { PASS_LIFETIME_MS } from '../session/audience-pass.js';

type Limits = Pick<Config, 'messageIntervalSeconds' | 'messagesPerSessionPerPass' | 'messagesPerMinutePerAddress'>;
type MakeLimiter = (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;

/**
 * How often the audience may send messages: per pass one per MESSAGE_INTERVAL_SECONDS and
 * MESSAGES_PER_SESSION_PER_PASS in all; per address MESSAGES_PER_MINUTE_PER_ADDRESS (loose: a
 * studio or an estate shares one Wi-Fi address).
 */
export class MessageGuards {
  private readonly perPass: RateLimiterAbstract;
  private readonly perSession: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(make: MakeLimiter, config: Limits) {
    this.perPass = make({ keyPrefix: 'message-pass', points: 1, duration: config.messageIntervalSeconds });
    // A pass lives a day, so the session's allowance does too.
    this.perSession = make({ keyPrefix: 'message-session', points: config.messagesPerSessionPerPass, duration: PASS_LIFETIME_MS / 1000 });
    this.perAddress = make({ keyPrefix: 'message-ip', points: config.messagesPerMinutePerAddress, duration: 60 });
  }

  /**
   * Spends one message of each allowance for every message, refusing with RATE_LIMITED (and
   * retryAfterSeconds) when one is used up. Each allowance is spent for all of them together (one pipelined
   * round trip to Redis per allowance, not three per message), in the same order: a message refused
   * per address spends nothing of its pass's allowances. Answers each message's refusal, or null.
   */
  async admitAll(messages: { sessionId: string; voterKey: string; ip: string }[]): Promise<(Error | null)[]> {
    const refusals: (Error | null)[] = messages.map(() => null);
    const stages: [RateLimiterAbstract, (m: (typeof messages)[number]) => string, string][] = [
      [this.perAddress, (m) => addressKey(m.ip), 'Too many messages from this network just now.'],
      [this.perPass, (m) => `${m.sessionId}|${m.voterKey}`, 'You sent a message just now.'],
      [this.perSession, (m) => `${m.sessionId}|${m.voterKey}`, 'You have sent as many messages as this session allows.'],
    ];
    for (const [limiter, keyOf, what] of stages) {
      const waiting = messages.flatMap((_message, i) => (refusals[i] ? [] : [i]));
      if (waiting.length === 0) break;
      const outcomes = await Promise.allSettled(waiting.map((i) => consumeOrRefuse(limiter, keyOf(messages[i]!), what)));
      outcomes.forEach((outcome, n) => {
        if (outcome.status === 'rejected')
          refusals[waiting[n]!] = outcome.reason instanceof Error ? outcome.reason : new Error(String(outcome.reason));
      });
    }
    return refusals;
  }
}
