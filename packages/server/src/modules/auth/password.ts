import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// Argon2id (the library's default algorithm) with OWASP's minimum: 19 MiB, 2 passes, 1 lane.
const argonOptions = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, argonOptions);
export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password);

/** A hash of a password nobody knows, so unknown usernames cost as much time as wrong passwords. */
export const decoyHash = hash('decoy password for timing', argonOptions);

// No 0/O/1/l/I: initial passwords are read off a screen and typed by hand.
const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function generatePassword(length = 14): string {
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');
}
