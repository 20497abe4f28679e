import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rosterRows } from './onlineRoster';
import { decodeCsv, parseDelimited, readRosterFile, RosterFileError, rosterFileKind } from './rosterFile';

// Rosters as administrators bring them: CSV from Excel or WPS (UTF-8 or GB18030), and .xlsx workbooks.

const file = (parts: BlobPart[], name: string) => Object.assign(new Blob(parts), { name });

async function workbook(rows: unknown[][], options: { sheetBefore?: boolean } = {}): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  if (options.sheetBefore) book.addWorksheet('说明');
  const sheet = book.addWorksheet('名册');
  for (const row of rows) sheet.addRow(row);
  const buffer = await book.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}

describe('rosterFileKind', () => {
  it('tells CSV and workbooks apart by name, and knows the old Excel format', () => {
    expect(rosterFileKind('名册.CSV')).toBe('csv');
    expect(rosterFileKind('list.txt')).toBe('csv');
    expect(rosterFileKind('名册.xlsx')).toBe('xlsx');
    expect(rosterFileKind('名册.xls')).toBe('xls');
    expect(rosterFileKind('名册.pdf')).toBeNull();
    expect(rosterFileKind('名册')).toBeNull();
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8, without its byte-order mark', () => {
    expect(decodeCsv(new TextEncoder().encode('\uFEFF姓名,手机号'))).toBe('姓名,手机号');
  });

  it('reads GB18030, as Excel saves CSV on Chinese Windows', () => {
    // 姓名,手机号 in GBK.
    const gbk = Uint8Array.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xca, 0xd6, 0xbb, 0xfa, 0xba, 0xc5]);
    expect(decodeCsv(gbk)).toBe('姓名,手机号');
  });
});

describe('parseDelimited', () => {
  it('reads quoted cells as CSV quotes them, and drops the last line break', () => {
    expect(parseDelimited('姓名,手机号\r\n"王, 建华","138 0013 8000"\r\n')).toEqual([
      ['姓名', '手机号'],
      ['王, 建华', '138 0013 8000'],
    ]);
  });

  it('guesses tabs and semicolons too', () => {
    expect(parseDelimited('王建华\t13800138000')).toEqual([['王建华', '13800138000']]);
    expect(parseDelimited('王建华;13800138000\n李秀英;13900139000')).toEqual([
      ['王建华', '13800138000'],
      ['李秀英', '13900139000'],
    ]);
  });
});

describe('readRosterFile', () => {
  it('reads a CSV file with a header', async () => {
    const rows = rosterRows(await readRosterFile(file(['姓名,手机号\n王建华,13800138000\n李秀英,139-0013-9000\n'], 'roster.csv')));
    expect(rows.map((r) => [r.line, r.name, r.phone, r.problems.length])).toEqual([
      [2, '王建华', '13800138000', 0],
      [3, '李秀英', '13900139000', 0],
    ]);
  });

  it('reads a workbook’s first sheet with rows on it, numbers stored as numbers included', async () => {
    const bytes = await workbook([['姓名', '手机号'], ['王建华', 13800138000], [], ['李秀英', '139 0013 9000']], { sheetBefore: true });
    const rows = rosterRows(await readRosterFile(file([bytes], '名册.xlsx')));
    expect(rows.map((r) => [r.line, r.name, r.phone, r.problems.length])).toEqual([
      [2, '王建华', '13800138000', 0],
      [4, '李秀英', '13900139000', 0],
    ]);
  });

  it('reads a workbook without a header from its first two columns', async () => {
    const bytes = await workbook([
      ['王建华', '13800138000'],
      ['李秀英', 'none'],
    ]);
    const rows = rosterRows(await readRosterFile(file([bytes], 'list.xlsx')));
    expect(rows.map((r) => [r.line, r.name, r.problems.map((p) => p.key)])).toEqual([
      [1, '王建华', []],
      [2, '李秀英', ['phoneInvalid']],
    ]);
  });

  it('says why a file cannot be read', async () => {
    const problem = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (error: unknown) => (error instanceof RosterFileError ? error.problem : error),
      );
    expect(await problem(readRosterFile(file(['x'], '名册.xls')))).toEqual({ key: 'fileOldExcel', name: '名册.xls' });
    expect(await problem(readRosterFile(file(['x'], '名册.docx')))).toEqual({ key: 'fileType', name: '名册.docx' });
    expect(await problem(readRosterFile(file(['not a zip'], '坏文件.xlsx')))).toEqual({ key: 'fileUnreadable', name: '坏文件.xlsx' });
    expect(await problem(readRosterFile(file([new Uint8Array(10 * 1024 * 1024 + 1)], 'huge.csv')))).toEqual({
      key: 'fileTooLarge',
      maxMb: 10,
    });
  });
});
