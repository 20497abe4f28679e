import { createDecipheriv, createHash } from 'node:crypto';
import { cryptoSuite, openParts, sealText, suiteOfSeal } from '../../secrets/crypto-suite.js';

/** Mainland mobile numbers (11 digits from 1[3-9]) and landlines with area code, as people type them. */
export const phonePattern = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** Spaces and dashes people type are dropped, except the landline's dash. */
export const normalizePhone = (raw: string) =>
  raw
    .replace(/[\s()]/g, '')
    .replace(/^\+?86(?=1)/, '')
    .replace(/^(1\d{2})-?(\d{4})-?(\d{4})$/, '$1$2$3');

/** 138****1234: enough for staff to tell numbers apart, not enough to call. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length <= 7 ? '*'.repeat(digits.length) : `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/**
 * Phone numbers are kept encrypted under the crypto suite (AES-256-GCM, or SM4 with HMAC-SM3: see
 * secrets/crypto-suite.ts), so a database dump or a careless query shows only the masked form;
 * opening one is the audited reveal. A sealed number names its suite's version and its data key
 * (`v2.<key>.…`, `g1.<key>.…`), so numbers sealed before a rotation or a suite switch still open.
 */
export class PhoneSeal {
  /**
   * @param keys every seal key by name (see secrets/server-keys.ts)
   * @param current the one new numbers are sealed with
   */
  constructor(
    private readonly keys: ReadonlyMap<string, Buffer>,
    private readonly current: string,
  ) {}

  seal(phone: string): string {
    return sealText(this.keys.get(this.current)!, phone, { prefix: [this.current] });
  }

  open(sealed: string): string {
    const [version, name, ...parts] = sealed.split('.');
    const key = name ? this.keys.get(name) : undefined;
    if (!version || !suiteOfSeal(version) || !key || parts.length !== 3)
      throw new Error('not a sealed phone number, or sealed with an unknown key');
    return openParts(version, key, parts).toString('utf8');
  }

  /** Whether a sealed number was sealed with the current key under the current suite (rotation and reseal re-seal the others). */
  isCurrent(sealed: string): boolean {
    return sealed.startsWith(`${cryptoSuite().sealVersion}.${this.current}.`);
  }
}

/** Opens numbers sealed before keys moved out of the database (`v1.…`, keyed by a database row). */
export function openLegacySealed(secret: Buffer, sealed: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || !body) throw new Error('not a v1 sealed phone number');
  // The key derivation of that earlier version, read only to move its numbers to a current seal.
  const key = createHash('sha256').update(secret).update('phone-seal').digest();
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
