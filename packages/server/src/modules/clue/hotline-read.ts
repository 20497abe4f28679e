import { Readable } from 'node:stream';
import type { Cell, CellValue, Worksheet } from 'exceljs';
import { maskPhone, normalizePhone, phonePattern } from './phone.js';
import {
  columnLetter,
  HOTLINE_MAX_ROWS,
  hotlineColumns,
  hotlineLimits,
  requiredFields,
  type HotlineField,
  type HotlineImportMode,
} from './hotline-columns.js';

/** Why a cell, a row or the whole file cannot be imported; the web words each code in its language. */
export type HotlineProblemCode =
  | 'UNREADABLE'
  | 'OLD_EXCEL'
  | 'EMPTY_FILE'
  | 'TOO_MANY_ROWS'
  | 'MISSING_HEADER'
  | 'DUPLICATE_HEADER'
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'BAD_ORDER_NO'
  | 'BAD_DATE'
  | 'BAD_PHONE'
  | 'DUPLICATE_IN_FILE'
  | 'ALREADY_IMPORTED'
  | 'UNKNOWN_DEPARTMENT';

/** A problem at a spreadsheet row (1 is the header row; null: the whole file) and column (its letter and header). */
export interface HotlineProblem {
  row: number | null;
  column: string | null;
  header: string | null;
  code: HotlineProblemCode;
  /** What the message names besides the cell: the first row of a repeated order or column, a length, a department, a clue's code. */
  value: string | null;
  /** In English; the web words the code in the reader's language. */
  message: string;
}

/** One work order as read from its row, each value checked on its own (department and duplicates are checked later). */
export interface HotlineRow {
  row: number;
  orderNo: string;
  receivedAt: Date | null;
  title: string;
  content: string;
  category: string;
  address: string | null;
  caller: string | null;
  /** The number as typed (normalized), or null when the file gives none or only a masked one. */
  phone: string | null;
  phoneMasked: string | null;
  unit: string | null;
  dueAt: Date | null;
  status: string | null;
}

export interface HotlineSheet {
  rows: HotlineRow[];
  problems: HotlineProblem[];
  /** Where each recognised column is (1-based), to point problems found later at their cell. */
  columns: Partial<Record<HotlineField, number>>;
}

const chinaOffsetMs = 8 * 3_600_000;

/** Order numbers as platforms issue them: letters, digits and dashes. */
const orderNoPattern = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * Reads a 12345 export (.xlsx, or .csv in UTF-8 or GB18030 as Chinese Excel saves it; an old .xls is
 * refused as OLD_EXCEL with how to save it as .xlsx) and checks every
 * row against the column mapping. Nothing is stored here; a file that cannot be read at all is one
 * problem for the whole file.
 */
export async function readHotlineFile(bytes: Buffer, mode: HotlineImportMode): Promise<HotlineSheet> {
  let sheet: Worksheet | undefined;
  try {
    sheet = await worksheetOf(bytes);
  } catch (error) {
    if (error instanceof OldExcel)
      return fileProblem(
        'OLD_EXCEL',
        'This is an old Excel 97-2003 workbook (.xls), which is not read here; open it in Excel or WPS and save it as .xlsx (Excel workbook), then import that file.',
      );
    return unreadable('The file is not a readable .xlsx or .csv spreadsheet; save it again as .xlsx (Excel 2007 or later) or .csv.');
  }
  if (!sheet || sheet.actualRowCount === 0) return fileProblem('EMPTY_FILE', 'The file has no rows.');
  return readSheet(sheet, mode);
}

const unreadable = (message: string) => fileProblem('UNREADABLE', message);
const fileProblem = (code: HotlineProblemCode, message: string): HotlineSheet => ({
  rows: [],
  problems: [{ row: null, column: null, header: null, code, value: null, message }],
  columns: {},
});

/** An old binary Excel workbook (.xls, an OLE compound file). */
class OldExcel extends Error {}

/**
 * .xlsx (a zip) and .csv are read with exceljs. An old .xls is refused with its own problem: no
 * well-kept reader of that binary format is at hand (SheetJS no longer publishes to the npm registry),
 * and every Excel or WPS saves it as .xlsx in two clicks.
 */
async function worksheetOf(bytes: Buffer): Promise<Worksheet | undefined> {
  // Loaded on the first import, not at start-up: exceljs is large.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // An .xlsx is a zip; an old binary .xls is an OLE compound file.
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook.worksheets.find((s) => s.actualRowCount > 0) ?? workbook.worksheets[0];
  }
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) throw new OldExcel();
  // Every value stays text: order numbers keep their leading zeros, dates are read by the mapping.
  return workbook.csv.read(Readable.from([decodeText(bytes)]), { map: (value: string) => value, parserOptions: { trim: true } });
}

/** UTF-8 (with or without its byte-order mark), else GB18030, the superset of the GBK that Chinese Excel writes. */
function decodeText(bytes: Buffer): string {
  const body = bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('gb18030').decode(body);
  }
}

/** The text of a cell, whatever exceljs made of it (rich text, a formula's result, a hyperlink). */
function cellText(value: CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText((value.result ?? null) as CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

function readSheet(sheet: Worksheet, mode: HotlineImportMode): HotlineSheet {
  const problems: HotlineProblem[] = [];
  const columns: Partial<Record<HotlineField, number>> = {};
  const headerRow = sheet.getRow(1);
  headerRow.eachCell((cell, column) => {
    const text = cellText(cell.value).replace(/\s/g, '');
    const match = hotlineColumns.find((c) => c.header === text || (c.aliases as readonly string[]).includes(text));
    if (!match) return;
    if (columns[match.key] !== undefined) {
      problems.push({
        row: 1,
        column: columnLetter(column),
        header: text,
        code: 'DUPLICATE_HEADER',
        value: columnLetter(columns[match.key]!),
        message: `Column ${columnLetter(column)} repeats the column ${match.header} (already column ${columnLetter(columns[match.key]!)}); keep one.`,
      });
      return;
    }
    columns[match.key] = column;
  });
  for (const field of requiredFields(mode)) {
    if (columns[field] !== undefined) continue;
    const header = hotlineColumns.find((c) => c.key === field)!.header;
    problems.push({
      row: 1,
      column: null,
      header,
      code: 'MISSING_HEADER',
      value: null,
      message: `The first row has no column ${header}; name the columns as docs/12345-exchange.md lists them.`,
    });
  }
  if (problems.length) return { rows: [], problems, columns };
  if (sheet.rowCount - 1 > HOTLINE_MAX_ROWS) {
    return fileProblem('TOO_MANY_ROWS', `The file has more than ${HOTLINE_MAX_ROWS} rows; split it into several files.`);
  }

  const rows: HotlineRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cell = (field: HotlineField): Cell | null => (columns[field] ? row.getCell(columns[field]!) : null);
    const text = (field: HotlineField) => {
      const c = cell(field);
      return c ? cellText(c.value).trim() : '';
    };
    if (hotlineColumns.every((c) => text(c.key) === '')) return;
    const problem = (field: HotlineField, code: HotlineProblemCode, message: string, value: string | null = null) => {
      const column = columns[field];
      problems.push({
        row: number,
        column: column ? columnLetter(column) : null,
        header: hotlineColumns.find((c) => c.key === field)!.header,
        code,
        value,
        message: `Row ${number}${column ? `, column ${columnLetter(column)}` : ''}: ${message}`,
      });
    };
    const limited = (field: keyof typeof hotlineLimits, value: string) => {
      if (value.length > hotlineLimits[field])
        problem(field, 'TOO_LONG', `longer than ${hotlineLimits[field]} characters.`, String(hotlineLimits[field]));
      return value;
    };

    const orderNo = limited('orderNo', text('orderNo'));
    if (!orderNo) problem('orderNo', 'REQUIRED', 'the order number is missing.');
    else if (!orderNoPattern.test(orderNo)) problem('orderNo', 'BAD_ORDER_NO', 'an order number has only letters, digits and dashes.');
    const content = limited('content', text('content'));
    if (!content) problem('content', 'REQUIRED', 'the request text is missing.');
    // A file without titles gives each order the start of its text, as the 12345 platform lists them.
    const title = limited('title', text('title') || content.replace(/\s+/g, ' ').slice(0, 30));
    const unit = text('unit') || null;
    if (!unit && mode === 'ITEMS') problem('unit', 'REQUIRED', 'an item needs the department that handles it.');
    const date = (field: 'receivedAt' | 'dueAt', endOfDay: boolean) => {
      const c = cell(field);
      if (!c || cellText(c.value).trim() === '') return null;
      const at = dateOf(c.value, endOfDay);
      if (!at) problem(field, 'BAD_DATE', `not a date (write it as 2026-11-01 or 2026-11-01 09:30).`);
      return at;
    };
    const phoneText = text('phone');
    let phone: string | null = null;
    let phoneMasked: string | null = null;
    if (phoneText.includes('*')) phoneMasked = phoneText.slice(0, 20);
    else if (phoneText) {
      const normalized = normalizePhone(phoneText);
      if (phonePattern.test(normalized)) [phone, phoneMasked] = [normalized, maskPhone(normalized)];
      else problem('phone', 'BAD_PHONE', 'not a mobile number or a landline with its area code.');
    }
    rows.push({
      row: number,
      orderNo,
      receivedAt: date('receivedAt', false),
      title,
      content,
      category: text('category'),
      address: limited('address', text('address')) || null,
      caller: limited('caller', text('caller')) || null,
      phone,
      phoneMasked,
      unit,
      dueAt: date('dueAt', true),
      status: text('status') || null,
    });
  });
  if (rows.length === 0 && problems.length === 0) return fileProblem('EMPTY_FILE', 'The file has a header row but no orders.');
  return { rows, problems, columns };
}

const datePattern =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+(\d{1,2})\s*[:时]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2})\s*秒?)?)?$/;

/**
 * A date as the 12345 platform writes it, in China time: a spreadsheet date (exceljs reads its wall
 * clock as UTC), an Excel day number, or text such as 2026-11-01 09:30, 2026/11/1 or 2026年11月1日.
 * A deadline given as a day ends at that day's end.
 */
export function dateOf(value: CellValue, endOfDay: boolean): Date | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const midnight = value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0;
    return new Date(value.getTime() - chinaOffsetMs + (midnight && endOfDay ? 86_399_000 : 0));
  }
  if (typeof value === 'number') {
    // Excel's day numbers for the years 1954 to 2119; anything else is not a date here.
    if (value < 20_000 || value > 80_000) return null;
    return dateOf(new Date(Math.round((value - 25_569) * 86_400) * 1000), endOfDay);
  }
  const match = datePattern.exec(cellText(value).trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => (part === undefined ? null : Number(part)));
  const wall = new Date(Date.UTC(year!, month! - 1, day!, hour ?? 0, minute ?? 0, second ?? 0));
  // 2026-02-30 rolls over into March: refused, as are hours past 23.
  if (wall.getUTCMonth() !== month! - 1 || wall.getUTCDate() !== day || (hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59)
    return null;
  return new Date(wall.getTime() - chinaOffsetMs + (hour === null && endOfDay ? 86_399_000 : 0));
}
