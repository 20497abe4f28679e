import { describe, expect, it } from 'vitest';
import { parseDelimited } from '../session/rosterFile';
import {
  checkRows,
  headerColumns,
  previewRows,
  readImportTable,
  toRowInputs,
  withServerErrors,
  type ImportRow,
} from './representativeImport';
import { REPRESENTATIVE_LIMITS } from './representativeRules';

const rowsOf = (text: string) => {
  const outcome = readImportTable(parseDelimited(text));
  if (!('rows' in outcome)) throw new Error(`expected rows, got ${JSON.stringify(outcome)}`);
  return outcome.rows;
};

describe('reading a representatives sheet', () => {
  it('finds the columns by their headings, in any order, Chinese or English', () => {
    expect(headerColumns(['选区/代表团', '姓名', '账号'])).toEqual({ name: 1, district: 0, station: -1, bio: -1, username: 2 });
    expect(headerColumns(['Name', 'District', 'Station', 'Bio', 'Username'])).toEqual({
      name: 0,
      district: 1,
      station: 2,
      bio: 3,
      username: 4,
    });
    expect(headerColumns(['代表团', ' 姓 名 '])).toEqual({ name: 1, district: 0, station: -1, bio: -1, username: -1 });
    // Without both a name and a district heading, the row is data.
    expect(headerColumns(['王建华', '城关镇选区'])).toBeNull();
  });

  it('reads each row with its line, cells trimmed and accounts lower-cased; empty lines skipped', () => {
    const rows = rowsOf('姓名,选区,联络站,简介,账号\n 王建华 ,城关镇选区,城关联络站,,Rep.Wang\n\n李秀英,东城选区,,关注教育,\n');
    expect(rows).toEqual([
      { line: 2, name: '王建华', district: '城关镇选区', station: '城关联络站', bio: '', username: 'rep.wang', problems: [] },
      { line: 4, name: '李秀英', district: '东城选区', station: '', bio: '关注教育', username: '', problems: [] },
    ]);
    expect(toRowInputs(rows)).toEqual([
      { name: '王建华', district: '城关镇选区', station: '城关联络站', bio: null, username: 'rep.wang' },
      { name: '李秀英', district: '东城选区', station: null, bio: '关注教育', username: null },
    ]);
  });

  it('takes a sheet without headings as name, district, station, bio, account', () => {
    expect(rowsOf('王建华\t城关镇选区\t城关联络站')[0]).toMatchObject({
      line: 1,
      name: '王建华',
      district: '城关镇选区',
      station: '城关联络站',
    });
  });

  it('marks every problem on its line: missing, too long, bad account, repeated', () => {
    const long = '长'.repeat(REPRESENTATIVE_LIMITS.name + 1);
    const rows = rowsOf(`姓名,选区,账号\n,城关镇选区,\n${long},东城选区,\n王建华,,王 建华\n李秀英,东城选区,rep1\n李秀英,东城选区,rep1\n`);
    expect(rows.map((row) => [row.line, row.problems.map((p) => p.key)])).toEqual([
      [2, ['nameMissing']],
      [3, ['nameTooLong']],
      [4, ['districtMissing', 'usernameFormat']],
      [5, []],
      [6, ['duplicate', 'usernameDuplicate']],
    ]);
    expect(rows[4]!.problems[0]).toEqual({ field: 'name', key: 'duplicate', firstLine: 5 });
  });

  it('refuses an empty sheet, a sheet with headings only, and one with too many rows', () => {
    expect(readImportTable([])).toEqual({ problem: { key: 'empty' } });
    expect(
      readImportTable([
        ['姓名', '选区'],
        ['', ''],
      ]),
    ).toEqual({ problem: { key: 'empty' } });
    const many = [['姓名', '选区'], ...Array.from({ length: REPRESENTATIVE_LIMITS.maxRows + 1 }, (_, i) => [`代表${i}`, '选区'])];
    expect(readImportTable(many)).toEqual({
      problem: { key: 'tooMany', count: REPRESENTATIVE_LIMITS.maxRows + 1, max: REPRESENTATIVE_LIMITS.maxRows },
    });
  });
});

describe('the server’s refusals', () => {
  const rows: ImportRow[] = checkRows([
    { line: 2, name: '王建华', district: '城关镇选区', station: '', bio: '', username: 'nobody' },
    { line: 3, name: '李秀英', district: '东城选区', station: '', bio: '', username: '' },
  ]);

  it('go on the rows they name (counted from 1), the field without its input path', () => {
    const placed = withServerErrors(rows, [{ row: 1, field: 'rows.0.username', message: '没有这个代表账号' }]);
    expect(placed.rows[0]!.problems).toEqual([{ field: 'username', key: 'server', message: '没有这个代表账号' }]);
    expect(placed.rows[1]!.problems).toEqual([]);
    expect(placed.unplaced).toEqual([]);
  });

  it('that no row holds are returned apart', () => {
    expect(withServerErrors(rows, [{ row: 9, field: 'rows', message: '太多' }]).unplaced).toEqual([{ field: 'rows', message: '太多' }]);
  });
});

describe('the preview', () => {
  it('shows the first rows and every row with a problem', () => {
    const many = checkRows(
      Array.from({ length: 30 }, (_, i) => ({
        line: i + 1,
        name: i === 20 ? '' : `代表${i}`,
        district: '选区',
        station: '',
        bio: '',
        username: '',
      })),
    );
    expect(previewRows(many, 10).map((row) => row.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 21]);
  });
});
