import { randomUUID } from 'node:crypto';
import { sign, signatureMatches } from '../../lib/signature.js';
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

/**
 * Signs and checks audience passes (`v1.<claims>.<signature>`): the voter a phone or claimed seat is
 * in one session. Stateless, so checking one costs no database query.
 */
export class AudiencePasses {
  constructor(private readonly secret: Buffer) {}

  issue(voter: Voter, now = Date.now()): string {
    const payload = Buffer.from(
      JSON.stringify({ s: voter.sessionId, c: voter.channel, k: voter.voterKey, e: now + PASS_LIFETIME_MS } satisfies Claims),
    ).toString('base64url');
    return `v1.${payload}.${sign(this.secret, payload)}`;
  }

  newOnlineVoter(sessionId: string): Voter {
    return { sessionId, channel: 'ONLINE', voterKey: `device:${randomUUID()}` };
  }

  /** The voter a pass names, or null when it is malformed, forged or expired. */
  verify(token: string | undefined, now = Date.now()): Voter | null {
    if (!token) return null;
    const [version, payload, signature] = token.split('.');
    if (version !== 'v1' || !payload || !signature) return null;
    if (!signatureMatches(this.secret, payload, signature)) return null;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims;
      if (typeof claims.s !== 'string' || typeof claims.k !== 'string' || (claims.c !== 'ONLINE' && claims.c !== 'STUDIO')) return null;
      if (typeof claims.e !== 'number' || claims.e <= now) return null;
      return { sessionId: claims.s, channel: claims.c, voterKey: claims.k };
    } catch {
      return null;
    }
  }
}
