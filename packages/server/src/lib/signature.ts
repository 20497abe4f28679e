import { createHmac, timingSafeEqual } from 'node:crypto';

/** The HMAC-SHA256 of `payload` under `secret`, as base64url: what the server's stateless tokens are signed with. */
export function sign(secret: Buffer, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** Whether `signature` is this server's signature of `payload` (compared in constant time). */
export function signatureMatches(secret: Buffer, payload: string, signature: string): boolean {
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
