import { createCipheriv, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { PhoneSeal } from '../modules/clue/phone.js';
import { sign, signatureMatches } from '../lib/signature.js';
import { cryptoSuite, suiteNamed, suiteOfDigest, useCryptoSuite } from './crypto-suite.js';
import { newKeyEntry, parseKeyRing, unwrapKey, wrapKey, wrappedUnderCurrentSuite } from './key-ring.js';

afterEach(() => {
  useCryptoSuite('standard');
});

const gm = suiteNamed('gm');
const standard = suiteNamed('standard');

describe('the 国密 suite', () => {
  it('is the real SM3 and SM4 (the standards’ own test vectors: GB/T 32905, GB/T 32907)', () => {
    expect(gm.digest('abc')).toBe(
      `sm3:${Buffer.from('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0', 'hex').toString('base64url')}`,
    );
    const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
    const block = createCipheriv('sm4-ecb', key, null).setAutoPadding(false).update(key);
    expect(block.toString('hex')).toBe('681edf34d206965e86b3e94f536e4246');
  });

  it('seals with SM4-CTR and HMAC-SM3: opens what it sealed, refuses any changed byte, another key or another context', () => {
    const key = randomBytes(32);
    const parts = gm.seal(key, Buffer.from('13912345678'), Buffer.from('seal-1'));
    expect(parts.map((p) => p.length)).toEqual([16, 32, 11]); // IV, HMAC-SM3 tag, ciphertext as long as the text
    expect(gm.open(key, parts, Buffer.from('seal-1')).toString()).toBe('13912345678');
    for (const [i, part] of parts.entries()) {
      const changed = parts.map((p) => Buffer.from(p));
      changed[i]![part.length - 1]! ^= 1;
      expect(() => gm.open(key, changed, Buffer.from('seal-1'))).toThrow(/changed/);
    }
    expect(() => gm.open(randomBytes(32), parts, Buffer.from('seal-1'))).toThrow();
    expect(() => gm.open(key, parts, Buffer.from('seal-2'))).toThrow();
    // Two seals of one text differ (a fresh IV each).
    expect(gm.seal(key, Buffer.from('x'))[0]!.equals(gm.seal(key, Buffer.from('x'))[0]!)).toBe(false);
  });

  it('writes digests that name their suite and fit the 64-character columns', () => {
    expect(standard.digest('token')).toMatch(/^[0-9a-f]{64}$/);
    expect(gm.digest('token')).toMatch(/^sm3:[A-Za-z0-9_-]{43}$/);
    expect(gm.keyedDigest(randomBytes(32), 'phone|13912345678')).toMatch(/^sm3:[A-Za-z0-9_-]{43}$/);
    expect(suiteOfDigest(gm.digest('x')).name).toBe('gm');
    expect(suiteOfDigest(standard.digest('x')).name).toBe('standard');
    // HKDF under each suite gives different keys from one master key.
    const master = randomBytes(32);
    expect(gm.deriveKey(master, 'key wrap').equals(standard.deriveKey(master, 'key wrap'))).toBe(false);
  });
});

describe('data written under one suite and read under the other', () => {
  it('opens phone numbers sealed under either suite, whichever is chosen now, and knows which are current', () => {
    const seal = new PhoneSeal(new Map([['seal-1', randomBytes(32)]]), 'seal-1');
    const aes = seal.seal('13912345678');
    expect(aes).toMatch(/^v2\.seal-1\./);
    useCryptoSuite('gm');
    const sm4 = seal.seal('13912345678');
    expect(sm4).toMatch(/^g1\.seal-1\./);
    expect([seal.open(aes), seal.open(sm4)]).toEqual(['13912345678', '13912345678']);
    expect([seal.isCurrent(aes), seal.isCurrent(sm4)]).toEqual([false, true]);
    const [version, name, iv, tag, body] = sm4.split('.');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0]! ^= 1;
    expect(() => seal.open([version, name, iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
    useCryptoSuite('standard');
    expect(seal.open(sm4)).toBe('13912345678');
  });

  it('unwraps data keys wrapped under either suite, bound to their name', () => {
    const master = parseKeyRing(newKeyEntry('k1'), 'test')[0]!;
    const dataKey = randomBytes(32);
    const aes = wrapKey(master, 'seal-1', dataKey);
    expect(wrappedUnderCurrentSuite(aes)).toBe(true);
    useCryptoSuite('gm');
    const sm4 = wrapKey(master, 'seal-1', dataKey);
    expect(sm4).toMatch(/^g1\./);
    expect([wrappedUnderCurrentSuite(aes), wrappedUnderCurrentSuite(sm4)]).toEqual([false, true]);
    expect(unwrapKey(master, 'seal-1', aes).equals(dataKey)).toBe(true);
    expect(unwrapKey(master, 'seal-1', sm4).equals(dataKey)).toBe(true);
    expect(() => unwrapKey(master, 'pass-key', sm4)).toThrow();
  });

  it('signs under the chosen suite and accepts the other’s signatures (passes and device tokens on phones)', () => {
    const secret = randomBytes(32);
    const before = sign(secret, 'd1.abc');
    useCryptoSuite('gm');
    expect(cryptoSuite().name).toBe('gm');
    const after = sign(secret, 'd1.abc');
    expect(after).not.toBe(before);
    expect(signatureMatches(secret, 'd1.abc', before)).toBe(true);
    expect(signatureMatches(secret, 'd1.abc', after)).toBe(true);
    expect(signatureMatches(secret, 'd1.abd', after)).toBe(false);
    expect(signatureMatches(randomBytes(32), 'd1.abc', after)).toBe(false);
  });
});
