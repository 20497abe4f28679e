import { randomInt } from 'node:crypto';

/** A 6-digit code the audience types to join when they cannot scan the QR code. */
export function newJoinCode(): string {
  return String(randomInt(100_000, 1_000_000));
}
