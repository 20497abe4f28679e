import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, type KeySource } from '../config.js';
import { cryptoSuite, openParts, suiteNamed, suiteOfSeal } from './crypto-suite.js';

/** One master key: an id (named in what it wraps, so keys can rotate) and 32 random bytes. */
export interface MasterKey {
  id: string;
  key: Buffer;
}

const ENTRY = /^([A-Za-z0-9_-]{1,40}):([A-Za-z0-9_-]{43})$/;

/** A new key ring entry, `<id>:<43 characters of base64url>`, for a key file or SECRET_KEY. */
export function newKeyEntry(id: string): string {
  return `${id}:${randomBytes(32).toString('base64url')}`;
}

/**
 * Parses `SECRET_KEY` or a key file: entries `<id>:<base64url of 32 bytes>`, separated by commas or
 * lines (`#` starts a comment line). The first is current: it wraps the keys stored in the database;
 * the others are older ones still accepted until `secrets:rotate` has re-wrapped everything.
 */
export function parseKeyRing(text: string, source: string): MasterKey[] {
  const entries = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0)
    throw new ConfigError(
      `${source} holds no key; put a line like ${newKeyEntry('k1').slice(0, 12)}… in it (make one with: pnpm -s --filter @wenzheng/server secrets:new-key).`,
    );
  const ring = entries.map((entry) => {
    const match = ENTRY.exec(entry);
    if (!match)
      throw new ConfigError(
        `${source} has an entry that is not "<id>:<43 base64url characters>"; make a key with: pnpm -s --filter @wenzheng/server secrets:new-key.`,
      );
    return { id: match[1]!, key: Buffer.from(match[2]!, 'base64url') };
  });
  const ids = new Set(ring.map((k) => k.id));
  if (ids.size !== ring.length) throw new ConfigError(`${source} names one key id twice; give every key its own id.`);
  return ring;
}

/** Reads (or, for the embedded demo, makes) the master keys. */
export function loadKeyRing(source: KeySource): MasterKey[] {
  switch (source.kind) {
    case 'env':
      return parseKeyRing(source.text, 'SECRET_KEY');
    case 'file': {
      let text: string;
      try {
        text = readFileSync(source.path, 'utf8');
      } catch (error) {
        throw new ConfigError(
          `SECRET_KEY_FILE ${source.path} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); point it at the key file (make one with: pnpm -s --filter @wenzheng/server secrets:new-key > file).`,
        );
      }
      return parseKeyRing(text, `SECRET_KEY_FILE ${source.path}`);
    }
    case 'generated':
      if (!existsSync(source.path)) {
        mkdirSync(path.dirname(source.path), { recursive: true, mode: 0o700 });
        // 'wx': made once; two processes starting together cannot both write it.
        try {
          writeFileSync(
            source.path,
            `# Master key of this embedded database (keep it with backups, apart from the data).\n${newKeyEntry('k1')}\n`,
            { mode: 0o600, flag: 'wx' },
          );
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
      }
      return parseKeyRing(readFileSync(source.path, 'utf8'), source.path);
    case 'ephemeral':
      return [{ id: 'ephemeral', key: randomBytes(32) }];
  }
}

/**
 * Encrypts a data key under a master key, bound to its name so rows cannot be swapped, with the crypto
 * suite's seal under a key derived (the suite's HKDF) for this one use. AES-256-GCM wraps are stored as
 * they always were (base64url of IV, tag, ciphertext); SM4 ones start with their version (`g1.`).
 */
export function wrapKey(master: MasterKey, name: string, dataKey: Buffer): string {
  const suite = cryptoSuite();
  const parts = suite.seal(suite.deriveKey(master.key, 'key wrap'), dataKey, Buffer.from(name));
  const packed = Buffer.concat(parts).toString('base64url');
  return suite.name === 'standard' ? packed : `${suite.sealVersion}.${parts.map((part) => part.toString('base64url')).join('.')}`;
}

export function unwrapKey(master: MasterKey, name: string, wrapped: string): Buffer {
  const [version, ...parts] = wrapped.split('.');
  if (parts.length > 0) {
    const suite = suiteOfSeal(version!);
    if (!suite) throw new Error(`a wrapped key of unknown version ${version}`);
    return openParts(version!, suite.deriveKey(master.key, 'key wrap'), parts, Buffer.from(name));
  }
  const bytes = Buffer.from(wrapped, 'base64url');
  const standard = suiteNamed('standard');
  return standard.open(
    standard.deriveKey(master.key, 'key wrap'),
    [bytes.subarray(0, 12), bytes.subarray(12, 28), bytes.subarray(28)],
    Buffer.from(name),
  );
}

/** Whether a wrapped key was wrapped under the current suite (reseal re-wraps the others). */
export function wrappedUnderCurrentSuite(wrapped: string): boolean {
  const suite = cryptoSuite();
  return suite.name === 'standard' ? !wrapped.includes('.') : wrapped.startsWith(`${suite.sealVersion}.`);
}
