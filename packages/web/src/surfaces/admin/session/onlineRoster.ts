import { CombinedError } from '@urql/core';
import { i18n } from '../../../i18n';
import { parseDelimited, type RosterFileProblem, type Table } from './rosterFile';
import { refusedPerson } from './studioRoll';

// The rules of the online roster (网络测评名册), as the server enforces them on import, and how a
// table of cells becomes the people to import. No Vue here: unit-tested as is.

/** At most this many characters in a name, and people in one roster (the server's limits). */
export const ROSTER_LIMITS = { nameMax: 60, maxPeople: 20_000 } as const;

/** A mainland mobile number, once spaces, dashes and +86 are gone. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

export type RowProblem =
  | { field: 'name'; key: 'nameMissing' }
  | { field: 'name'; key: 'nameTooLong'; max: number }
  | { field: 'phone'; key: 'phoneMissing' }
  | { field: 'phone'; key: 'phoneInvalid' }
  | { field: 'phone'; key: 'phoneDuplicate'; firstLine: number }
  /** The server refused this row's name or number. */
  | { field: 'name' | 'phone'; key: 'nameRefused' | 'phoneRefused' };

/** One person read from a file or pasted text, with its line there (from 1) so problems can point at it. */
export interface RosterRow {
  line: number;
  name: string;
  /** As entered. */
  enteredPhone: string;
  /** As sent: 11 digits when it is a mobile number, else what is left after cleaning. */
  phone: string;
  problems: RowProblem[];
}

/** What stops a whole draft from being imported. */
export type DraftProblem =
  | { key: 'draftEmpty' }
  | { key: 'draftRows'; count: number; lines: number[] }
  | { key: 'draftTooMany'; count: number; max: number }
  | RosterFileProblem;

// Characters as people count them: one Chinese character (or emoji) is one.
const length = (value: string) => [...value].length;

/**
 * A mobile number as people write it: full-width digits, spaces, dashes, brackets and a +86 or 0086
 * prefix are dropped. The result is sent to the server, which cleans it the same way.
 */
export function normalizeMobile(raw: string): string {
  const cleaned = raw.normalize('NFKC').replace(/[\s\-()（）]/g, '');
  return cleaned.replace(/^(?:\+|00)?86(?=1\d{10}$)/, '');
}

const NAME_HEADERS = new Set(['姓名', '名字', '人员姓名', 'name', 'fullname']);
const PHONE_HEADERS = new Set([
  '手机号',
  '手机号码',
  '手机',
  '电话',
  '电话号码',
  '联系电话',
  '移动电话',
  'phone',
  'mobile',
  'phonenumber',
  'mobilephone',
  'mobilenumber',
  'tel',
]);
const headerKey = (cell: string) =>
  cell
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_*:：-]/g, '');

/** Where the name and the number are: from a header row (姓名 / 手机号, name / phone), or the first two columns. */
export function findColumns(row: readonly string[]): { name: number; phone: number; header: boolean } {
  const keys = row.map(headerKey);
  const name = keys.findIndex((key) => NAME_HEADERS.has(key));
  const phone = keys.findIndex((key) => PHONE_HEADERS.has(key));
  // A row with a number in it is a person, even if a cell happens to read like a heading.
  const hasNumber = row.some((cell) => /\d{5,}/.test(normalizeMobile(cell)));
  if ((name < 0 && phone < 0) || hasNumber) {
    // No header: name then number, unless the first row plainly has them the other way round.
    const swapped = MOBILE_PATTERN.test(normalizeMobile(row[0] ?? '')) && !MOBILE_PATTERN.test(normalizeMobile(row[1] ?? ''));
    return swapped ? { name: 1, phone: 0, header: false } : { name: 0, phone: 1, header: false };
  }
  if (name >= 0 && phone >= 0) return { name, phone, header: true };
  // One heading recognised: the other column is the first of the two others.
  if (name >= 0) return { name, phone: name === 0 ? 1 : 0, header: true };
  return { name: phone === 0 ? 1 : 0, phone, header: true };
}

const isBlank = (row: readonly string[] | undefined) => !row || row.every((cell) => cell.trim() === '');

/** The people in a table: after the header row if there is one; blank rows are left out. Not yet checked. */
export function rowsFromTable(table: Table): RosterRow[] {
  const first = table.findIndex((row) => !isBlank(row));
  if (first < 0) return [];
  const columns = findColumns(table[first]!);
  const rows: RosterRow[] = [];
  for (let i = columns.header ? first + 1 : first; i < table.length; i++) {
    const row = table[i]!;
    if (isBlank(row)) continue;
    const name = (row[columns.name] ?? '').trim();
    const enteredPhone = (row[columns.phone] ?? '').trim();
    rows.push({ line: i + 1, name, enteredPhone, phone: normalizeMobile(enteredPhone), problems: [] });
  }
  return rows;
}

/** A line with neither comma nor tab: the number is the run of digits at its end, the name what comes before. */
function splitOnSpaces(line: string): string[] {
  const tokens = line.trim().split(/\s+/);
  let start = tokens.length;
  while (start > 0 && /^[+\d\-()（）]+$/.test(tokens[start - 1]!.normalize('NFKC'))) start--;
  return [tokens.slice(0, start).join(' '), tokens.slice(start).join(' ')];
}

/**
 * Pasted text as a table: one person a line, name and number separated by a comma, a tab (as a
 * spreadsheet copies) or spaces. Line n of the text is row n of the table.
 */
export function tableFromPaste(text: string): Table {
  return parseDelimited(text).map((row) => {
    const cells = row.filter((cell) => cell.trim() !== '');
    // A line the guessed delimiter did not split: by any other delimiter, else by spaces.
    if (cells.length !== 1) return row;
    const other = cells[0]!.split(/\s*[,，\t;]\s*/).filter((cell) => cell.trim() !== '');
    return other.length > 1 ? other : splitOnSpaces(cells[0]!);
  });
}

/** Each row with its problems, as the server would find them: name, number, and numbers seen on an earlier line. */
export function checkRows(rows: readonly RosterRow[]): RosterRow[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const problems: RowProblem[] = [];
    if (row.name === '') problems.push({ field: 'name', key: 'nameMissing' });
    else if (length(row.name) > ROSTER_LIMITS.nameMax) problems.push({ field: 'name', key: 'nameTooLong', max: ROSTER_LIMITS.nameMax });
    if (row.enteredPhone === '') problems.push({ field: 'phone', key: 'phoneMissing' });
    else if (!MOBILE_PATTERN.test(row.phone)) problems.push({ field: 'phone', key: 'phoneInvalid' });
    else {
      const firstLine = seen.get(row.phone);
      if (firstLine !== undefined) problems.push({ field: 'phone', key: 'phoneDuplicate', firstLine });
      else seen.set(row.phone, row.line);
    }
    return { ...row, problems };
  });
}

/** Read and checked rows of a table. */
export const rosterRows = (table: Table) => checkRows(rowsFromTable(table));

/** What stops the draft from being imported, or null. */
export function checkDraft(rows: readonly RosterRow[]): DraftProblem | null {
  if (rows.length === 0) return { key: 'draftEmpty' };
  const bad = rows.filter((row) => row.problems.length > 0).map((row) => row.line);
  if (bad.length > 0) return { key: 'draftRows', count: bad.length, lines: bad };
  if (rows.length > ROSTER_LIMITS.maxPeople) return { key: 'draftTooMany', count: rows.length, max: ROSTER_LIMITS.maxPeople };
  return null;
}

/** The people as the server takes them: trimmed names, cleaned numbers. */
export const toRosterInput = (rows: readonly RosterRow[]) => rows.map((row) => ({ name: row.name, phone: row.phone }));

/** The row the server refused, by its line, and which of its fields; null for an error that names no row. */
export function rosterRefusal(error: unknown, sent: readonly RosterRow[]): { line: number; field: 'name' | 'phone' } | null {
  const refused = refusedPerson(error);
  const row = refused ? sent[refused.index] : undefined;
  if (!refused || !row || (refused.field !== 'name' && refused.field !== 'phone')) return null;
  return { line: row.line, field: refused.field };
}

/** The server refused the request as too large to read (its body limit): no row is at fault. */
export function isTooLarge(error: unknown): boolean {
  if (!(error instanceof CombinedError)) return false;
  const status = (error.response as { status?: number } | undefined)?.status;
  return status === 413 || error.graphQLErrors.some((e) => e.extensions?.code === 'BAD_REQUEST' && /larger than/i.test(e.message));
}

/** Rows with the server's refusal added to the one it names. */
export function withRefusal(rows: readonly RosterRow[], refusal: { line: number; field: 'name' | 'phone' } | null): readonly RosterRow[] {
  if (!refusal) return rows;
  return rows.map((row) =>
    row.line === refusal.line
      ? {
          ...row,
          problems: [
            ...row.problems,
            { field: refusal.field, key: refusal.field === 'name' ? 'nameRefused' : 'phoneRefused' } as RowProblem,
          ],
        }
      : row,
  );
}

/** The preview: the first rows, and every row with a problem (up to a limit), in line order. */
export function previewRows(rows: readonly RosterRow[], first = 10, maxProblems = 100): { rows: RosterRow[]; hiddenProblems: number } {
  const problems = rows.filter((row) => row.problems.length > 0);
  const shownProblems = new Set(problems.slice(0, maxProblems));
  const shown = rows.filter((row, i) => i < first || shownProblems.has(row));
  return { rows: shown, hiddenProblems: problems.length - shownProblems.size };
}

/** People whose name contains the search (ignoring case and spaces around it). */
export function searchRoster<T extends { name: string }>(entries: readonly T[], search: string): readonly T[] {
  const wanted = search.trim().toLowerCase();
  return wanted ? entries.filter((entry) => entry.name.toLowerCase().includes(wanted)) : entries;
}

/** "3、7、12" — at most five line numbers, then "…", so a long list does not make a long message. */
function listLines(lines: readonly number[]): string {
  const shown = lines.slice(0, 5).join(i18n.global.locale.value === 'en' ? ', ' : '、');
  return lines.length > 5 ? `${shown}…` : shown;
}

export function translateRowProblem(problem: RowProblem): string {
  return i18n.global.t(`sessions.onlineRoster.problems.${problem.key}`, { ...problem });
}

export function translateDraftProblem(problem: DraftProblem | null | undefined): string | undefined {
  if (!problem) return undefined;
  const params = problem.key === 'draftRows' ? { ...problem, lines: listLines(problem.lines) } : { ...problem };
  return i18n.global.t(`sessions.onlineRoster.problems.${problem.key}`, params, 'count' in problem ? problem.count : 1);
}
