import { CombinedError } from '@urql/core';
import { i18n } from '../../../i18n';
import { bySeatNumber } from './seatCodeOrder';

// The rules of the studio roll (代表名册) form, as the server enforces them, and how the server's
// refusals are read back onto the line or account they concern. No Vue here: unit-tested as is.

/** At most this many characters in a name, and people in one request (names, accounts or blank seats). */
export const ROLL_LIMITS = { nameMax: 60, perAdd: 500 } as const;

/** One name pasted into the form, with its line in the pasted text (from 1) so a problem can point at it. */
export interface PastedName {
  line: number;
  name: string;
}

export type RollProblem =
  | { key: 'namesEmpty' }
  | { key: 'namesTooLong'; lines: number[]; max: number }
  | { key: 'tooMany'; count: number; max: number }
  | { key: 'accountsEmpty' }
  | { key: 'seatCount'; min: number; max: number }
  /** The server refused the name on this line. */
  | { key: 'lineRefused'; line: number }
  | { key: 'accountTaken'; name: string }
  | { key: 'accountNotRepresentative'; name: string }
  | { key: 'removeClaimed' };

// Characters as people count them: one Chinese character (or emoji) is one.
const length = (value: string) => [...value].length;

/** The names in pasted text: one a line, trimmed; empty lines are left out. */
export function parsePastedNames(text: string): PastedName[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ line: i + 1, name: raw.trim() }))
    .filter((entry) => entry.name !== '');
}

/** What is wrong with pasted names before they are sent, or null. */
export function checkPastedNames(names: readonly PastedName[]): RollProblem | null {
  if (names.length === 0) return { key: 'namesEmpty' };
  const long = names.filter((n) => length(n.name) > ROLL_LIMITS.nameMax).map((n) => n.line);
  if (long.length > 0) return { key: 'namesTooLong', lines: long, max: ROLL_LIMITS.nameMax };
  if (names.length > ROLL_LIMITS.perAdd) return { key: 'tooMany', count: names.length, max: ROLL_LIMITS.perAdd };
  return null;
}

/** "3、7、12" — at most five line numbers, then "…", so a long paste does not make a long message. */
function listLines(lines: number[]): string {
  const shown = lines.slice(0, 5).join(i18n.global.locale.value === 'en' ? ', ' : '、');
  return lines.length > 5 ? `${shown}…` : shown;
}

export function checkPickedAccounts(ids: readonly string[]): RollProblem | null {
  if (ids.length === 0) return { key: 'accountsEmpty' };
  return ids.length > ROLL_LIMITS.perAdd ? { key: 'tooMany', count: ids.length, max: ROLL_LIMITS.perAdd } : null;
}

export function checkSeatCount(count: number | null | undefined): RollProblem | null {
  const ok = typeof count === 'number' && Number.isInteger(count) && count >= 1 && count <= ROLL_LIMITS.perAdd;
  return ok ? null : { key: 'seatCount', min: 1, max: ROLL_LIMITS.perAdd };
}

/** Which person of an `addToRoll` request the server refused: `people.1.accountId` → index 1, `accountId`. */
export interface RefusedPerson {
  code: string;
  index: number;
  field: string;
}

export function refusedPerson(error: unknown): RefusedPerson | null {
  if (!(error instanceof CombinedError)) return null;
  const extensions = error.graphQLErrors[0]?.extensions ?? {};
  const match = typeof extensions.field === 'string' ? /^people\.(\d+)\.(\w+)$/.exec(extensions.field) : null;
  if (!match) return null;
  return { code: typeof extensions.code === 'string' ? extensions.code : 'unknown', index: Number(match[1]), field: match[2]! };
}

/** The server's refusal of one pasted name, as a problem pointing at its line; null for other errors. */
export function pastedNameRefusal(error: unknown, sent: readonly PastedName[]): RollProblem | null {
  const refused = refusedPerson(error);
  const entry = refused ? sent[refused.index] : undefined;
  return entry ? { key: 'lineRefused', line: entry.line } : null;
}

/** The server's refusal of one picked account, naming it; null for other errors. */
export function accountRefusal(error: unknown, sent: readonly { id: string; displayName: string }[]): RollProblem | null {
  const refused = refusedPerson(error);
  const account = refused?.field === 'accountId' ? sent[refused.index] : undefined;
  if (!refused || !account) return null;
  return refused.code === 'CONFLICT'
    ? { key: 'accountTaken', name: account.displayName }
    : { key: 'accountNotRepresentative', name: account.displayName };
}

export function translateRollProblem(problem: RollProblem | null | undefined): string | undefined {
  if (!problem) return undefined;
  const params = problem.key === 'namesTooLong' ? { ...problem, lines: listLines(problem.lines) } : { ...problem };
  return i18n.global.t(`sessions.roll.problems.${problem.key}`, params);
}

/** A seat issued without a name: the server names the person after the seat until the staff write a name on paper. */
export const isBlankSeat = (member: { name: string; seatLabel: string }) => member.name === member.seatLabel;

/** The roll in seat order: 2号席 before 10号席. */
export function inSeatOrder<T extends { seatLabel: string }>(members: readonly T[]): T[] {
  return [...members].sort((a, b) => bySeatNumber({ label: a.seatLabel }, { label: b.seatLabel }));
}
