import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// Argon2id (the library's default algorithm) with OWASP's minimum: 19 MiB, 2 passes, 1 lane.
const argonOptions = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, argonOptions);
export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password);

/** A hash of a password nobody knows, so unknown usernames cost as much time as wrong passwords. */
export const decoyHash = hash('decoy password for timing', argonOptions);

// No 0/O/1/l/I: initial passwords are read off a screen and typed by hand.
const lower = 'abcdefghjkmnpqrstuvwxyz';
const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const digits = '23456789';
const alphabet = lower + upper + digits;
const pick = (from: string) => from[randomInt(from.length)]!;

/** A random password with lowercase, uppercase and digits (three classes, what the default policy asks of people's own). */
export function generatePassword(length = 14): string {
  const chars = [pick(lower), pick(upper), pick(digits), ...Array.from({ length: length - 3 }, () => pick(alphabet))];
  // Shuffled (Fisher–Yates), so the guaranteed classes are not always in front.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
