import { timingSafeEqual } from 'node:crypto';
import { cryptoSuite, otherSuite } from '../secrets/crypto-suite.js';

/** The HMAC (the crypto suite's: HMAC-SHA256 or HMAC-SM3) of `payload` under `secret`, as base64url: what the server's stateless tokens are signed with. */
export function sign(secret: Buffer, payload: string): string {
  return cryptoSuite().mac(secret, payload).toString('base64url');
}

/**
 * Whether `signature` is this server's signature of `payload` (compared in constant time). A signature
 * made under the other suite is accepted too: passes and device tokens on people's phones cannot be
 * signed again, and must survive a switch of CRYPTO_SUITE (passes last a day; device tokens longer).
 */
export function signatureMatches(secret: Buffer, payload: string, signature: string): boolean {
  const given = Buffer.from(signature);
  return [cryptoSuite(), otherSuite()].some((suite) => {
    const expected = Buffer.from(suite.mac(secret, payload).toString('base64url'));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}
