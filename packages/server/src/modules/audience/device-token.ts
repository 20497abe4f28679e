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
}

/** Signs and checks device tokens: stateless, so checking one costs no database query. */
export class DeviceTokens {
  constructor(private readonly secret: Buffer) {}

  issue(voter: Voter): string {
    const payload = Buffer.from(JSON.stringify({ s: voter.sessionId, c: voter.channel, k: voter.voterKey } satisfies Claims)).toString('base64url');
    return `v1.${payload}.${this.sign(payload)}`;
  }

  newOnlineVoter(sessionId: string): Voter {
    return { sessionId, channel: 'ONLINE', voterKey: `device:${randomUUID()}` };
  }

  /** The voter a token names, or null when it is malformed or its signature is forged. */
  verify(token: string | undefined): Voter | null {
    if (!token) return null;
    const [version, payload, signature] = token.split('.');
    if (version !== 'v1' || !payload || !signature) return null;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims;
      if (typeof claims.s !== 'string' || typeof claims.k !== 'string' || (claims.c !== 'ONLINE' && claims.c !== 'STUDIO')) return null;
      return { sessionId: claims.s, channel: claims.c, voterKey: claims.k };
    } catch {
      return null;
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}
