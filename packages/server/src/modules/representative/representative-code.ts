import { randomInt } from 'node:crypto';

/** Letters and digits nobody misreads on a printed card: no 0/O, 1/I/L. */
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A new 代表码: 8 characters, about 8.5 × 10^11 possibilities. */
export function newRepresentativeCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += alphabet[randomInt(alphabet.length)];
  return code;
}

/** A code as people type it: spaces and dashes dropped, upper case. */
export const normalizeRepresentativeCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();
