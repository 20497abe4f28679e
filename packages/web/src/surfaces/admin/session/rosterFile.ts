import Papa from 'papaparse';

// Reading an online roster from what the administrator has: a CSV file, an Excel workbook (.xlsx)
// or text pasted from either, into a table of cells. Which cells are the name and the number is
// decided afterwards (onlineRoster.ts), the same way for each source.

/** Rows of cells, as text; a row's index + 1 is its line in the file (or the pasted text). */
export type Table = string[][];

export type RosterFileProblem =
  | { key: 'fileType'; name: string }
  | { key: 'fileOldExcel'; name: string }
  | { key: 'fileTooLarge'; maxMb: number }
  | { key: 'fileUnreadable'; name: string };

/** A file that cannot be read as a roster, with what is wrong in words the page translates. */
export class RosterFileError extends Error {
  constructor(readonly problem: RosterFileProblem) {
    super(problem.key);
  }
}

/** Larger than any roster of 20,000 people the server takes, in either format. */
export const ROSTER_FILE_MAX_MB = 10;

/** What to offer in the file picker. */
export const ROSTER_FILE_ACCEPT = '.csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function rosterFileKind(name: string): 'csv' | 'xlsx' | 'xls' | null {
  const extension = /\.([^.]+)$/.exec(name.trim().toLowerCase())?.[1];
  if (extension === 'csv' || extension === 'txt') return 'csv';
  if (extension === 'xlsx') return 'xlsx';
  if (extension === 'xls' || extension === 'et' || extension === 'wps') return 'xls';
  return null;
}

/**
 * A CSV file's text. Excel on Chinese Windows saves "CSV" in GB18030 (GBK) unless "CSV UTF-8" is
 * chosen, so bytes that are not valid UTF-8 are read as GB18030. A UTF-8 byte-order mark is dropped.
 */
export function decodeCsv(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Delimited text as rows of cells: commas (also the full-width ，), tabs or semicolons, quoted cells as CSV quotes them. */
export function parseDelimited(text: string): Table {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [',', '\t', '，', ';'],
    // Empty lines stay, so a row's index is its line number.
    skipEmptyLines: false,
  });
  const rows = result.data.map((row) => row.map((cell) => String(cell ?? '')));
  // A last line break leaves one empty row behind; it is no line of the file.
  if (rows.length > 0 && rows.at(-1)!.every((cell) => cell.trim() === '')) rows.pop();
  return rows;
}

/** The first worksheet that has anything on it, as rows of cells' text (row n of the sheet is line n). */
export async function readWorkbook(bytes: ArrayBuffer): Promise<Table> {
  // Loaded only when a workbook is chosen: the library is large, and most rosters come as CSV or pasted text.
  // A CommonJS module: its exports are the default export under Node, and may be either in a bundle.
  const module = await import('exceljs');
  const ExcelJS = (module as unknown as { default?: typeof module }).default ?? module;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0);
  const table: Table = [];
  sheet?.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    // `text` is what the cell shows: a number as its digits, rich text joined, a formula's result.
    for (let column = 1; column <= row.cellCount; column++) cells.push(row.getCell(column).text ?? '');
    table[rowNumber - 1] = cells;
  });
  // Rows the sheet skips (never written) are empty lines.
  return Array.from(table, (row) => row ?? []);
}

/** The table in a chosen file, or a RosterFileError that says why it cannot be read. */
export async function readRosterFile(file: Blob & { name: string }): Promise<Table> {
  const kind = rosterFileKind(file.name);
  if (kind === 'xls') throw new RosterFileError({ key: 'fileOldExcel', name: file.name });
  if (kind === null) throw new RosterFileError({ key: 'fileType', name: file.name });
  if (file.size > ROSTER_FILE_MAX_MB * 1024 * 1024) throw new RosterFileError({ key: 'fileTooLarge', maxMb: ROSTER_FILE_MAX_MB });
  const bytes = await file.arrayBuffer();
  if (kind === 'csv') return parseDelimited(decodeCsv(bytes));
  try {
    return await readWorkbook(bytes);
  } catch {
    throw new RosterFileError({ key: 'fileUnreadable', name: file.name });
  }
}
