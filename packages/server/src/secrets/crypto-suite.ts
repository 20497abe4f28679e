import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

// The algorithms personal data and the server's secrets are protected with, in one place
// (CRYPTO_SUITE). `standard`: AES-256-GCM, SHA-256, HMAC-SHA256, HKDF-SHA256. `gm` (国密, for a
// 商用密码应用安全性评估): SM4, SM3, HMAC-SM3, HKDF-SM3. OpenSSL offers no SM4-GCM, so a gm seal is
// SM4-CTR with encrypt-then-MAC (HMAC-SM3 over the seal's version, the context, the IV and the
// ciphertext), under two keys derived apart from the data key.
//
// Whatever one suite writes says which suite wrote it, so a reader never guesses and data written
// before a switch keeps opening and matching until `bash scripts/reseal.sh` has moved it:
// - sealed values start with their version: `v2` (AES-256-GCM) or `g1` (SM4-CTR + HMAC-SM3);
// - digests and keyed digests are 64 hex characters (SHA-256) or `sm3:` and 43 base64url
//   characters (SM3): both fit the 64-character columns they are stored in.

export type CryptoSuiteName = 'standard' | 'gm';
export const cryptoSuiteNames: readonly CryptoSuiteName[] = ['standard', 'gm'];

export interface CryptoSuite {
  readonly name: CryptoSuiteName;
  /** The version tag of what `seal` writes (`v2` or `g1`). */
  readonly sealVersion: string;
  /** Encrypts and authenticates `plain`, bound to `context` (which is not stored): the parts to store after the version. */
  seal(key: Buffer, plain: Buffer, context?: Buffer): Buffer[];
  /** Opens what `seal` wrote; throws if it was changed, or sealed under another key or context. */
  open(key: Buffer, parts: Buffer[], context?: Buffer): Buffer;
  /** The digest of `data` as stored (a lookup key or a chain link). */
  digest(data: string): string;
  /** The keyed digest (HMAC) of `data` as stored: stands for personal data without revealing it. */
  keyedDigest(key: Buffer, data: string): string;
  /** The raw HMAC of `data` (signatures). */
  mac(key: Buffer, data: string | Buffer): Buffer;
  /** A key for one purpose, derived from `master` by HKDF, so no two uses share bytes. */
  deriveKey(master: Buffer, purpose: string, length?: number): Buffer;
}

const b64 = (bytes: Buffer) => bytes.toString('base64url');
const withLength = (part: Buffer) => Buffer.concat([Buffer.from([part.length >> 8, part.length & 0xff]), part]);

const standard: CryptoSuite = {
  name: 'standard',
  sealVersion: 'v2',
  seal(key, plain, context) {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    if (context) cipher.setAAD(context);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return [iv, cipher.getAuthTag(), body];
  },
  open(key, [iv, tag, body], context) {
    if (!iv || !tag || !body) throw new Error('a sealed value has parts missing');
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    if (context) decipher.setAAD(context);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  },
  digest: (data) => createHash('sha256').update(data).digest('hex'),
  keyedDigest: (key, data) => createHmac('sha256', key).update(data).digest('hex'),
  mac: (key, data) => createHmac('sha256', key).update(data).digest(),
  deriveKey: (master, purpose, length = 32) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `wenzheng ${purpose}`, length)),
};

const GM_VERSION = 'g1';

/** SM4's key (16 bytes) and the MAC's key (32 bytes), derived apart from one data key. */
function gmKeys(key: Buffer): { enc: Buffer; mac: Buffer } {
  return { enc: gm.deriveKey(key, 'sm4-ctr encryption', 16), mac: gm.deriveKey(key, 'hmac-sm3 authentication', 32) };
}

/** HMAC-SM3 over the version, the context, the IV and the ciphertext, each length-prefixed so no two splits read alike. */
function gmTag(macKey: Buffer, context: Buffer | undefined, iv: Buffer, body: Buffer): Buffer {
  return createHmac('sm3', macKey)
    .update(Buffer.concat([withLength(Buffer.from(GM_VERSION)), withLength(context ?? Buffer.alloc(0)), withLength(iv), body]))
    .digest();
}

const gm: CryptoSuite = {
  name: 'gm',
  sealVersion: GM_VERSION,
  seal(key, plain, context) {
    const { enc, mac } = gmKeys(key);
    // A random 128-bit counter block per seal: CTR never reuses a keystream under one key.
    const iv = randomBytes(16);
    const cipher = createCipheriv('sm4-ctr', enc, iv);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return [iv, gmTag(mac, context, iv, body), body];
  },
  open(key, [iv, tag, body], context) {
    if (iv?.length !== 16 || !tag || !body) throw new Error('a sealed value has parts missing');
    const { enc, mac } = gmKeys(key);
    const expected = gmTag(mac, context, iv, body);
    // Checked before anything is decrypted, in constant time.
    if (tag.length !== expected.length || !timingSafeEqual(tag, expected))
      throw new Error('a sealed value was changed or sealed under another key');
    const decipher = createDecipheriv('sm4-ctr', enc, iv);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  },
  digest: (data) => `sm3:${b64(createHash('sm3').update(data).digest())}`,
  keyedDigest: (key, data) => `sm3:${b64(createHmac('sm3', key).update(data).digest())}`,
  mac: (key, data) => createHmac('sm3', key).update(data).digest(),
  deriveKey: (master, purpose, length = 32) => Buffer.from(hkdfSync('sm3', master, Buffer.alloc(0), `wenzheng ${purpose}`, length)),
};

const suites: Record<CryptoSuiteName, CryptoSuite> = { standard, gm };

export function suiteNamed(name: CryptoSuiteName): CryptoSuite {
  return suites[name];
}

let active: CryptoSuite = standard;

/**
 * Chooses the suite new data is protected with, once at start-up from CRYPTO_SUITE (the server and
 * every command that writes). One process runs one suite; reading takes whichever suite wrote.
 */
export function useCryptoSuite(name: CryptoSuiteName): CryptoSuite {
  active = suites[name];
  return active;
}

/** The suite new data is protected with. */
export function cryptoSuite(): CryptoSuite {
  return active;
}

/** The suite not chosen: what data written before a switch may still be under. */
export function otherSuite(): CryptoSuite {
  return active === gm ? standard : gm;
}

/** The suite whose `seal` wrote this version tag, if any. */
export function suiteOfSeal(version: string): CryptoSuite | undefined {
  return Object.values(suites).find((suite) => suite.sealVersion === version);
}

/** The suite that wrote a stored digest or keyed digest. */
export function suiteOfDigest(stored: string): CryptoSuite {
  return stored.startsWith('sm3:') ? gm : standard;
}

/** A digest's or keyed digest's forms under the chosen suite first, then the other: for lookups across a switch. */
export function digestsUnderEither(compute: (suite: CryptoSuite) => string): [current: string, other: string] {
  return [compute(cryptoSuite()), compute(otherSuite())];
}

/**
 * A sealed value as one string: `<version>.<part>.<part>…`, each part base64url. `sealText` and
 * `openText` are what the stored forms use; `prefix` goes between the version and the parts (a key name).
 */
export function sealText(key: Buffer, plain: string | Buffer, options: { prefix?: string[]; context?: Buffer } = {}): string {
  const suite = cryptoSuite();
  const parts = suite.seal(key, Buffer.isBuffer(plain) ? plain : Buffer.from(plain, 'utf8'), options.context);
  return [suite.sealVersion, ...(options.prefix ?? []), ...parts.map(b64)].join('.');
}

export function openParts(version: string, key: Buffer, parts: string[], context?: Buffer): Buffer {
  const suite = suiteOfSeal(version);
  if (!suite) throw new Error(`a sealed value of unknown version ${version}`);
  return suite.open(
    key,
    parts.map((part) => Buffer.from(part, 'base64url')),
    context,
  );
}
