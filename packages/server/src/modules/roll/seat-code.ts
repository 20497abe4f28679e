import { randomInt } from 'node:crypto';

// Everything about a printed seat: its code (claimed once on a phone) and its label on the roll.

// Ambiguous characters left out: codes are printed and typed by hand.
const seatAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const SEAT_CODE_LENGTH = 6;

/** A new seat code not in `taken` (which it joins). */
export function unusedSeatCode(taken: Set<string>): string {
  for (;;) {
    const code = Array.from({ length: SEAT_CODE_LENGTH }, () => seatAlphabet[randomInt(seatAlphabet.length)]).join('');
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

/** A code as typed on a phone, in the form it is stored: spaces around it and lower case forgiven. */
export const normalizeSeatCode = (typed: string) => typed.trim().toUpperCase();

/** The label of seat `n` on the roll and on paper (1号席, 2号席 …). */
export const seatLabel = (n: number) => `${n}号席`;

/** The number of a seat from its label; 0 for a label without one. */
export const seatNumber = (label: string) => Number.parseInt(label, 10) || 0;
