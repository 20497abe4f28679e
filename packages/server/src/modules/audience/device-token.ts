import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Channel } from '../vote/choice.js';

/** An audience device (or claimed studio seat) in one session: who votes, in which channel. */
export interface Voter {
  sessionId: string;
  channel: Channel;
  /** Unique per voter; the register's key. `device:…` online, `seat:…` or `account:…` in the studio. */
  voterKey: string;
}

interface Claims {
  s: string;
  c: Channel;
  k: string;
  /** Expires at (ms since the epoch). */
  e: number;
}

/** A pass lasts a day: long enough for any show, too short to bank passes for another. */
export const PASS_LIFETIME_MS = 24 * 3_600_000;

/** Signs and checks device tokens: stateless, so checking one costs no database query. */
export class DeviceTokens {
  constructor(private readonly secret: Buffer) {}

  issue(voter: Voter, now = Date.now()): string {
    const payload = Buffer.from(JSON.stringify({ s: voter.sessionId, c: voter.channel, k: voter.voterKey, e: now + PASS_LIFETIME_MS } satisfies Claims)).toString('base64url');
    return `v1.${payload}.${this.sign(payload)}`;
  }

  newOnlineVoter(sessionId: string): Voter {
    return { sessionId, channel: 'ONLINE', voterKey: `device:${randomUUID()}` };
  }

  /** A device of the public outside any session (supporting clues): `d1.<id>.<signature>`. */
  issueDevice(): string {
    const id = randomUUID();
    return `d1.${id}.${this.sign(`d1.${id}`)}`;
  }

  /** The device a public token names (`device:<id>`), or null when it is malformed or forged. */
  verifyDevice(token: string | undefined): string | null {
    if (!token) return null;
    const [version, id, signature] = token.split('.');
    if (version !== 'd1' || !id || !signature || !this.matches(`d1.${id}`, signature)) return null;
    return `device:${id}`;
  }

  /** The voter a token names, or null when it is malformed, forged or expired. */
  verify(token: string | undefined, now = Date.now()): Voter | null {
    if (!token) return null;
    const [version, payload, signature] = token.split('.');
    if (version !== 'v1' || !payload || !signature) return null;
    if (!this.matches(payload, signature)) return null;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims;
      if (typeof claims.s !== 'string' || typeof claims.k !== 'string' || (claims.c !== 'ONLINE' && claims.c !== 'STUDIO')) return null;
      if (typeof claims.e !== 'number' || claims.e <= now) return null;
      return { sessionId: claims.s, channel: claims.c, voterKey: claims.k };
    } catch {
      return null;
    }
  }

  private matches(payload: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}
