import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

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
 * Phone numbers are kept encrypted (AES-256-GCM), so a database dump or a careless query shows
 * only the masked form; opening one is the audited reveal. A sealed number names its data key
 * (`v2.<key>.…`), so numbers sealed before a rotation still open.
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
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.current)!, iv);
    const body = Buffer.concat([cipher.update(phone, 'utf8'), cipher.final()]);
    return ['v2', this.current, ...[iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url'))].join('.');
  }

  open(sealed: string): string {
    const [version, name, iv, tag, body] = sealed.split('.');
    const key = name ? this.keys.get(name) : undefined;
    if (version !== 'v2' || !key || !iv || !tag || !body) throw new Error('not a sealed phone number, or sealed with an unknown key');
    return openGcm(key, iv, tag, body);
  }

  /** Whether a sealed number was sealed with the current key (rotation re-seals the others). */
  isCurrent(sealed: string): boolean {
    return sealed.startsWith(`v2.${this.current}.`);
  }
}

/** Opens numbers sealed before keys moved out of the database (`v1.…`, keyed by a database row). */
export function openLegacySealed(secret: Buffer, sealed: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || !body) throw new Error('not a v1 sealed phone number');
  return openGcm(createHash('sha256').update(secret).update('phone-seal').digest(), iv, tag, body);
}

function openGcm(key: Buffer, iv: string, tag: string, body: string): string {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
