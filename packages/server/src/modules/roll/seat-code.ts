import { randomInt } from 'node:crypto';

// Ambiguous characters left out: codes are printed and typed by hand.
const seatAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A new 6-character seat code not in `taken` (which it joins). */
export function unusedSeatCode(taken: Set<string>): string {
  for (;;) {
    const code = Array.from({ length: 6 }, () => seatAlphabet[randomInt(seatAlphabet.length)]).join('');
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}
