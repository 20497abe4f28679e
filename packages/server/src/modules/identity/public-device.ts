import { randomUUID } from 'node:crypto';
import { sign, signatureMatches } from '../../lib/signature.js';

/**
 * Signs and checks public device tokens (`d1.<id>.<signature>`): a device of the public outside any
 * session, for what it may do once (supporting a clue). Not an audience pass: it names no session
 * and cannot vote.
 */
export class PublicDevices {
  constructor(private readonly secret: Buffer) {}

  issue(): string {
    const id = randomUUID();
    return `d1.${id}.${sign(this.secret, `d1.${id}`)}`;
  }

  /** The device a token names (`device:<id>`), or null when it is malformed or forged. */
  verify(token: string | undefined): string | null {
    if (!token) return null;
    const [version, id, signature] = token.split('.');
    if (version !== 'd1' || !id || !signature || !signatureMatches(this.secret, `d1.${id}`, signature)) return null;
    return `device:${id}`;
  }
}
