import { randomInt } from 'node:crypto';

// Digits and capitals without 0/O/1/I, so a code read over the phone is not misheard.
const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A 10-character tracking code (查询码), e.g. `WZ7K3M9Q2P`: 32^8 ≈ 10^12 codes, too many to guess. */
export function newTrackingCode(): string {
  return `WZ${Array.from({ length: 8 }, () => alphabet[randomInt(alphabet.length)]).join('')}`;
}
