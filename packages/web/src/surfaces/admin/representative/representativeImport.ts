import type { RosterFileProblem, Table } from '../session/rosterFile';
import { REPRESENTATIVE_LIMITS } from './representativeRules';

// A representatives import (代表档案批量导入): a table of cells from a CSV or Excel file becomes the
// rows to send, each checked here first, with every problem on its line, because the server takes
// the import whole or not at all. No Vue here: unit-tested as is.

export type ImportField = 'name' | 'district' | 'station' | 'bio' | 'username';

export type ImportProblem =
  | { field: 'name'; key: 'nameMissing' }
  | { field: 'name'; key: 'nameTooLong'; max: number }
  | { field: 'district'; key: 'districtMissing' }
  | { field: 'district'; key: 'districtTooLong'; max: number }
  | { field: 'station'; key: 'stationTooLong'; max: number }
  | { field: 'bio'; key: 'bioTooLong'; max: number }
  | { field: 'username'; key: 'usernameFormat' }
  | { field: 'name'; key: 'duplicate'; firstLine: number }
  | { field: 'username'; key: 'usernameDuplicate'; firstLine: number }
  /** What the server refused in this row, in its words. */
  | { field: string; key: 'server'; message: string };

/** One representative read from the file, with its line there (from 1). */
export interface ImportRow {
  line: number;
  name: string;
  district: string;
  station: string;
  bio: string;
  username: string;
  problems: ImportProblem[];
}

export type ImportDraftProblem =
  | { key: 'empty' }
  | { key: 'noColumns' }
  | { key: 'tooMany'; count: number; max: number }
  | RosterFileProblem;

export type Columns = Record<ImportField, number>;

const HEADERS: Record<ImportField, readonly string[]> = {
  name: ['姓名', '代表姓名', '名字', 'name', 'fullname'],
  district: ['选区', '代表团', '选区/代表团', '选区代表团', '所在选区', '所属代表团', 'district', 'delegation', 'constituency'],
  station: ['联络站', '代表联络站', '所在联络站', 'station', 'liaisonstation'],
  bio: ['简介', '个人简介', '介绍', '代表简介', 'bio', 'profile'],
  username: ['账号', '帐号', '用户名', '登录账号', '工作台账号', 'username', 'account'],
};

const headerKey = (cell: string) =>
  cell
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_*:：\-（）()]/g, '');

const HEADER_KEYS = Object.fromEntries(Object.entries(HEADERS).map(([field, names]) => [field, new Set(names.map(headerKey))])) as Record<
  ImportField,
  Set<string>
>;

/** Without a header row: name, district, station, bio, username, in that order. */
export const DEFAULT_COLUMNS: Columns = { name: 0, district: 1, station: 2, bio: 3, username: 4 };

/** The columns named in a header row, or null when the row is no header (it lacks 姓名 or 选区). */
export function headerColumns(row: readonly string[]): Columns | null {
  const keys = row.map(headerKey);
  const find = (field: ImportField) => keys.findIndex((key) => HEADER_KEYS[field].has(key));
  const columns: Columns = {
    name: find('name'),
    district: find('district'),
    station: find('station'),
    bio: find('bio'),
    username: find('username'),
  };
  return columns.name >= 0 && columns.district >= 0 ? columns : null;
}

const USERNAME = /^[a-z0-9._-]+$/;
const length = (value: string) => [...value].length;
const identity = (row: Pick<ImportRow, 'name' | 'district'>) => `${row.name}\u0000${row.district}`;

/** The problems of one row on its own (duplicates are found across rows, in `checkRows`). */
export function rowProblems(row: Omit<ImportRow, 'problems' | 'line'>): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const limits = REPRESENTATIVE_LIMITS;
  if (!row.name) problems.push({ field: 'name', key: 'nameMissing' });
  else if (length(row.name) > limits.name) problems.push({ field: 'name', key: 'nameTooLong', max: limits.name });
  if (!row.district) problems.push({ field: 'district', key: 'districtMissing' });
  else if (length(row.district) > limits.district) problems.push({ field: 'district', key: 'districtTooLong', max: limits.district });
  if (length(row.station) > limits.station) problems.push({ field: 'station', key: 'stationTooLong', max: limits.station });
  if (length(row.bio) > limits.bio) problems.push({ field: 'bio', key: 'bioTooLong', max: limits.bio });
  if (row.username && !USERNAME.test(row.username)) problems.push({ field: 'username', key: 'usernameFormat' });
  return problems;
}

/** Each row's problems, a second (name, district) or account pointing at the first line that has it. */
export function checkRows(rows: readonly Omit<ImportRow, 'problems'>[]): ImportRow[] {
  const seen = new Map<string, number>();
  const usernames = new Map<string, number>();
  return rows.map((row) => {
    const problems = rowProblems(row);
    if (row.name && row.district) {
      const first = seen.get(identity(row));
      if (first !== undefined) problems.push({ field: 'name', key: 'duplicate', firstLine: first });
      else seen.set(identity(row), row.line);
    }
    if (row.username) {
      const first = usernames.get(row.username);
      if (first !== undefined) problems.push({ field: 'username', key: 'usernameDuplicate', firstLine: first });
      else usernames.set(row.username, row.line);
    }
    return { ...row, problems };
  });
}

/**
 * The rows of a table: after a header row when the first row is one (else in the default order),
 * empty lines skipped, cells trimmed (an account name lower-cased, as usernames are). A problem
 * of the whole table (nothing in it, too many rows) instead of rows.
 */
export function readImportTable(table: Table): { rows: ImportRow[] } | { problem: ImportDraftProblem } {
  const first = table.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (first < 0) return { problem: { key: 'empty' } };
  const header = headerColumns(table[first]!);
  const columns = header ?? DEFAULT_COLUMNS;
  const start = header ? first + 1 : first;
  const cell = (row: readonly string[], index: number) => (index >= 0 ? (row[index] ?? '').trim() : '');
  const read: Omit<ImportRow, 'problems'>[] = [];
  for (let index = start; index < table.length; index++) {
    const row = table[index]!;
    if (row.every((value) => value.trim() === '')) continue;
    read.push({
      line: index + 1,
      name: cell(row, columns.name),
      district: cell(row, columns.district),
      station: cell(row, columns.station),
      bio: cell(row, columns.bio),
      username: cell(row, columns.username).toLowerCase(),
    });
  }
  if (read.length === 0) return { problem: { key: 'empty' } };
  if (read.length > REPRESENTATIVE_LIMITS.maxRows)
    return { problem: { key: 'tooMany', count: read.length, max: REPRESENTATIVE_LIMITS.maxRows } };
  return { rows: checkRows(read) };
}

/** What `importRepresentatives` takes: empty optional cells as null. */
export function toRowInputs(rows: readonly ImportRow[]) {
  return rows.map((row) => ({
    name: row.name,
    district: row.district,
    station: row.station || null,
    bio: row.bio || null,
    username: row.username || null,
  }));
}

/** The server's refusals put on their rows (`row` counts the rows sent from 1); one no row holds is returned apart. */
export function withServerErrors(
  rows: readonly ImportRow[],
  errors: readonly { row: number; field: string; message: string }[],
): { rows: ImportRow[]; unplaced: { field: string; message: string }[] } {
  const added = new Map<number, ImportProblem[]>();
  const unplaced: { field: string; message: string }[] = [];
  for (const error of errors) {
    const index = error.row - 1;
    if (!Number.isInteger(index) || index < 0 || index >= rows.length) {
      unplaced.push({ field: error.field, message: error.message });
      continue;
    }
    const field = error.field.split('.').pop() ?? error.field;
    added.set(index, [...(added.get(index) ?? []), { field, key: 'server', message: error.message }]);
  }
  return {
    rows: rows.map((row, index) => (added.has(index) ? { ...row, problems: [...row.problems, ...added.get(index)!] } : row)),
    unplaced,
  };
}

/** The rows the preview shows: the first `first`, then every other row with a problem. */
export function previewRows(rows: readonly ImportRow[], first = 10): ImportRow[] {
  return rows.filter((row, index) => index < first || row.problems.length > 0);
}

/** A CSV template with the headings the import reads, for the administrator to fill in. */
export const IMPORT_TEMPLATE =
  '\uFEFF姓名,选区/代表团,联络站,简介,账号\n王建华,城关镇选区,城关镇人大代表联络站,县人大代表，长期关注民生工作,\n';
