import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, type KeySource } from '../config.js';

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

/** A key for one purpose, derived from a master key (HKDF-SHA256), so no two uses share bytes. */
export function deriveKey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `wenzheng ${purpose}`, 32));
}

/** Encrypts a data key under a master key (AES-256-GCM), bound to its name so rows cannot be swapped. */
export function wrapKey(master: MasterKey, name: string, dataKey: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(master.key, 'key wrap'), iv);
  cipher.setAAD(Buffer.from(name));
  const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

export function unwrapKey(master: MasterKey, name: string, wrapped: string): Buffer {
  const bytes = Buffer.from(wrapped, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(master.key, 'key wrap'), bytes.subarray(0, 12));
  decipher.setAAD(Buffer.from(name));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]);
}
