import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import {
  checkDraft,
  checkRows,
  findColumns,
  isTooLarge,
  normalizeMobile,
  previewRows,
  rosterRefusal,
  rosterRows,
  rowsFromTable,
  searchRoster,
  tableFromPaste,
  toRosterInput,
  translateDraftProblem,
  translateRowProblem,
  withRefusal,
  type RosterRow,
} from './onlineRoster';

afterEach(() => {
  i18n.global.locale.value = 'zh-CN';
});

const row = (line: number, name: string, enteredPhone: string): RosterRow => ({
  line,
  name,
  enteredPhone,
  phone: normalizeMobile(enteredPhone),
  problems: [],
});
const problemsByLine = (rows: RosterRow[]) =>
  Object.fromEntries(rows.filter((r) => r.problems.length > 0).map((r) => [r.line, r.problems.map((p) => p.key)]));

describe('normalizeMobile', () => {
  it('drops spaces, dashes, brackets and a +86 or 0086 prefix, as the server does', () => {
    expect(normalizeMobile('13800138000')).toBe('13800138000');
    expect(normalizeMobile(' 138 0013 8000 ')).toBe('13800138000');
    expect(normalizeMobile('138-0013-8000')).toBe('13800138000');
    expect(normalizeMobile('+86 138 0013 8000')).toBe('13800138000');
    expect(normalizeMobile('+86-13800138000')).toBe('13800138000');
    expect(normalizeMobile('008613800138000')).toBe('13800138000');
    expect(normalizeMobile('(+86)13800138000')).toBe('13800138000');
  });

  it('reads full-width digits as digits', () => {
    expect(normalizeMobile('１３８００１３８０００')).toBe('13800138000');
  });

  it('leaves what is not a mobile number for the check to refuse', () => {
    expect(normalizeMobile('8613800138000')).toBe('13800138000');
    expect(normalizeMobile('010-8888 6666')).toBe('01088886666');
    expect(normalizeMobile('1380013800')).toBe('1380013800');
  });
});

describe('findColumns', () => {
  it('finds 姓名 and 手机号 headers in any order, and English ones', () => {
    expect(findColumns(['姓名', '手机号'])).toEqual({ name: 0, phone: 1, header: true });
    expect(findColumns(['序号', '手机号码', '姓名'])).toEqual({ name: 2, phone: 1, header: true });
    expect(findColumns(['Name', 'Phone'])).toEqual({ name: 0, phone: 1, header: true });
    expect(findColumns([' name ', 'Mobile Phone'])).toEqual({ name: 0, phone: 1, header: true });
    expect(findColumns(['*姓名', '手机号：'])).toEqual({ name: 0, phone: 1, header: true });
  });

  it('takes the first two columns when the first row is a person', () => {
    expect(findColumns(['王建华', '13800138000'])).toEqual({ name: 0, phone: 1, header: false });
    expect(findColumns(['王建华', 'not a number'])).toEqual({ name: 0, phone: 1, header: false });
    // A person called “Name” with a number is still a person.
    expect(findColumns(['Name', '13800138000'])).toEqual({ name: 0, phone: 1, header: false });
  });

  it('reads number-then-name columns the right way round', () => {
    expect(findColumns(['13800138000', '王建华'])).toEqual({ name: 1, phone: 0, header: false });
  });

  it('guesses the other column when only one heading is known', () => {
    expect(findColumns(['姓名', '联系方式'])).toEqual({ name: 0, phone: 1, header: true });
    expect(findColumns(['手机', '人员'])).toEqual({ name: 1, phone: 0, header: true });
  });
});

describe('rowsFromTable', () => {
  it('reads the people after a header, with their line in the file', () => {
    const rows = rowsFromTable([['姓名', '手机号'], ['王建华', '138 0013 8000'], [], ['李秀英', '13900139000', '备注']]);
    expect(rows).toEqual([
      { line: 2, name: '王建华', enteredPhone: '138 0013 8000', phone: '13800138000', problems: [] },
      { line: 4, name: '李秀英', enteredPhone: '13900139000', phone: '13900139000', problems: [] },
    ]);
  });

  it('reads from the first line when there is no header, after blank lines', () => {
    const rows = rowsFromTable([
      ['', ''],
      ['王建华', '13800138000'],
      ['  ', ' '],
    ]);
    expect(rows.map((r) => [r.line, r.name, r.phone])).toEqual([[2, '王建华', '13800138000']]);
  });

  it('uses the header’s columns, and keeps a row with a missing cell', () => {
    const rows = rowsFromTable([
      ['序号', '手机号', '姓名'],
      ['1', '13800138000', '王建华'],
      ['2', '', '李秀英'],
    ]);
    expect(rows.map((r) => [r.line, r.name, r.enteredPhone])).toEqual([
      [2, '王建华', '13800138000'],
      [3, '李秀英', ''],
    ]);
  });

  it('has nobody in an empty table or one with only a header', () => {
    expect(rowsFromTable([])).toEqual([]);
    expect(rowsFromTable([['姓名', '手机号']])).toEqual([]);
  });
});

describe('tableFromPaste', () => {
  it('splits lines by comma, full-width comma or tab, one line per row', () => {
    expect(tableFromPaste('王建华,13800138000\n李秀英，13900139000\n张国强\t13700137000')).toEqual([
      ['王建华', '13800138000'],
      ['李秀英', '13900139000'],
      ['张国强', '13700137000'],
    ]);
  });

  it('splits by spaces: the number is the digits at the end, however they are spaced', () => {
    expect(tableFromPaste('王建华 13800138000\n县人大代表 李秀英 139 0013 9000\nZhang  Guoqiang   +86 137-0013-7000')).toEqual([
      ['王建华', '13800138000'],
      ['县人大代表 李秀英', '139 0013 9000'],
      ['Zhang Guoqiang', '+86 137-0013-7000'],
    ]);
  });

  it('keeps empty lines, so each row is its line of the text', () => {
    const table = tableFromPaste('王建华,13800138000\n\n李秀英,13900139000\n');
    expect(table).toHaveLength(3);
    expect(rowsFromTable(table).map((r) => r.line)).toEqual([1, 3]);
  });

  it('splits a line with another delimiter than most lines use', () => {
    expect(tableFromPaste('王建华\t13800138000\n李秀英\t13900139000\n张国强,13700137000')[2]).toEqual(['张国强', '13700137000']);
  });

  it('leaves a name without a number, or a number without a name, for the check to find', () => {
    expect(tableFromPaste('王建华\n13800138000')).toEqual([
      ['王建华', ''],
      ['', '13800138000'],
    ]);
  });

  it('recognises a pasted header row', () => {
    const rows = rosterRows(tableFromPaste('姓名\t手机号\n王建华\t13800138000'));
    expect(rows.map((r) => [r.line, r.name])).toEqual([[2, '王建华']]);
  });
});

describe('checkRows', () => {
  it('accepts names up to 60 characters and 11-digit mainland mobiles', () => {
    const rows = checkRows([row(1, '王建华', '13800138000'), row(2, '李'.repeat(60), '+86 199 0000 0000')]);
    expect(problemsByLine(rows)).toEqual({});
  });

  it('finds missing or long names, and missing or wrong numbers, on their lines', () => {
    const rows = checkRows([
      row(1, '', '13800138000'),
      row(2, '李'.repeat(61), '13900139000'),
      row(3, '张国强', ''),
      row(4, '赵敏', '12800128000'),
      row(5, '钱伟', '1380013800'),
      row(6, '孙丽', '010-88886666'),
    ]);
    expect(problemsByLine(rows)).toEqual({
      1: ['nameMissing'],
      2: ['nameTooLong'],
      3: ['phoneMissing'],
      4: ['phoneInvalid'],
      5: ['phoneInvalid'],
      6: ['phoneInvalid'],
    });
  });

  it('counts characters as people do: a long name of emoji is still checked by characters', () => {
    expect(problemsByLine(checkRows([row(1, '😀'.repeat(60), '13800138000')]))).toEqual({});
  });

  it('refuses a number seen on an earlier line, however it is written, naming that line', () => {
    const rows = checkRows([
      row(2, '王建华', '13800138000'),
      row(3, '李秀英', '13900139000'),
      row(5, '王建华（重复）', '+86 138-0013-8000'),
    ]);
    expect(rows[2]!.problems).toEqual([{ field: 'phone', key: 'phoneDuplicate', firstLine: 2 }]);
    expect(rows[0]!.problems).toEqual([]);
  });

  it('reports both problems of a row', () => {
    expect(checkRows([row(1, '', 'abc')])[0]!.problems.map((p) => p.key)).toEqual(['nameMissing', 'phoneInvalid']);
  });
});

describe('checkDraft', () => {
  it('wants at least one person', () => {
    expect(checkDraft([])).toEqual({ key: 'draftEmpty' });
  });

  it('names the lines with problems', () => {
    const rows = checkRows([row(1, '王建华', '13800138000'), row(2, '李秀英', '123'), row(4, '', '13700137000')]);
    expect(checkDraft(rows)).toEqual({ key: 'draftRows', count: 2, lines: [2, 4] });
  });

  it('takes at most 20,000 people', () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => row(i + 1, `人员${i}`, `139${String(i).padStart(8, '0')}`));
    expect(checkDraft(rows)).toEqual({ key: 'draftTooMany', count: 20_001, max: 20_000 });
    expect(checkDraft(rows.slice(0, 20_000))).toBeNull();
  });

  it('passes a clean draft', () => {
    expect(checkDraft(checkRows([row(1, '王建华', '13800138000')]))).toBeNull();
  });
});

describe('toRosterInput', () => {
  it('sends names and cleaned numbers only', () => {
    expect(toRosterInput(checkRows([row(3, '王建华', '+86 138 0013 8000')]))).toEqual([{ name: '王建华', phone: '13800138000' }]);
  });
});

const refusal = (code: string, field?: string, message = 'server text') =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } })] });

describe('rosterRefusal', () => {
  const sent = checkRows([row(2, '王建华', '13800138000'), row(3, '李秀英', '13900139000'), row(7, '张国强', '13700137000')]);

  it('points at the line of the person the server named, and the field', () => {
    expect(rosterRefusal(refusal('BAD_USER_INPUT', 'people.2.phone', 'Row 3 has the same number as row 1.'), sent)).toEqual({
      line: 7,
      field: 'phone',
    });
    expect(rosterRefusal(refusal('BAD_USER_INPUT', 'people.0.name'), sent)).toEqual({ line: 2, field: 'name' });
  });

  it('names no line for other errors', () => {
    expect(rosterRefusal(refusal('INVALID_PHASE'), sent)).toBeNull();
    expect(rosterRefusal(refusal('BAD_USER_INPUT', 'people'), sent)).toBeNull();
    expect(rosterRefusal(refusal('BAD_USER_INPUT', 'people.9.phone'), sent)).toBeNull();
    expect(rosterRefusal(new Error('offline'), sent)).toBeNull();
  });

  it('marks the refused row, and no other', () => {
    const marked = withRefusal(sent, { line: 3, field: 'phone' });
    expect(problemsByLine([...marked])).toEqual({ 3: ['phoneRefused'] });
    expect(withRefusal(sent, null)).toBe(sent);
  });
});

describe('isTooLarge', () => {
  it('knows the server’s refusal of a request over its size limit', () => {
    expect(isTooLarge(refusal('BAD_REQUEST', undefined, 'The request is larger than 100kb; send one smaller operation at a time.'))).toBe(
      true,
    );
    const byStatus = new CombinedError({ networkError: new Error('Payload Too Large'), response: { status: 413 } });
    expect(isTooLarge(byStatus)).toBe(true);
    expect(isTooLarge(refusal('BAD_USER_INPUT', 'people'))).toBe(false);
    expect(isTooLarge(new Error('x'))).toBe(false);
  });
});

describe('previewRows', () => {
  const rows = checkRows(
    Array.from({ length: 30 }, (_, i) => row(i + 2, `人员${i}`, i === 4 || i === 25 ? '123' : `139${String(i).padStart(8, '0')}`)),
  );

  it('shows the first rows and every row with a problem, in line order', () => {
    const preview = previewRows(rows, 3);
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3, 4, 6, 27]);
    expect(preview.hiddenProblems).toBe(0);
  });

  it('lists at most so many rows with problems, and counts the others', () => {
    const preview = previewRows(rows, 3, 1);
    expect(preview.rows.map((r) => r.line)).toEqual([2, 3, 4, 6]);
    expect(preview.hiddenProblems).toBe(1);
  });
});

describe('searchRoster', () => {
  const entries = [{ name: '王建华' }, { name: '李秀英' }, { name: 'Wang Fang' }];

  it('finds names that contain the search, ignoring case and spaces around it', () => {
    expect(searchRoster(entries, '王')).toEqual([{ name: '王建华' }]);
    expect(searchRoster(entries, ' wang ')).toEqual([{ name: 'Wang Fang' }]);
    expect(searchRoster(entries, '')).toBe(entries);
    expect(searchRoster(entries, '赵')).toEqual([]);
  });
});

describe('messages', () => {
  it('says what is wrong with a row, in Chinese and in English', () => {
    expect(translateRowProblem({ field: 'phone', key: 'phoneDuplicate', firstLine: 2 })).toBe('与第 2 行手机号相同');
    expect(translateRowProblem({ field: 'phone', key: 'phoneInvalid' })).toBe('不是 11 位大陆手机号');
    i18n.global.locale.value = 'en';
    expect(translateRowProblem({ field: 'name', key: 'nameTooLong', max: 60 })).toBe('Name longer than 60 characters');
  });

  it('names at most five lines of a draft with problems', () => {
    expect(translateDraftProblem({ key: 'draftRows', count: 1, lines: [3] })).toBe(
      '第 3 行有问题（共 1 行），请改正后再导入；本次未导入任何人',
    );
    expect(translateDraftProblem({ key: 'draftRows', count: 7, lines: [1, 2, 3, 4, 5, 6, 7] })).toContain('第 1、2、3、4、5… 行');
    i18n.global.locale.value = 'en';
    expect(translateDraftProblem({ key: 'draftRows', count: 1, lines: [3] })).toBe(
      'Line 3 has a problem; fix it and import again. Nobody was imported',
    );
    expect(translateDraftProblem({ key: 'draftRows', count: 2, lines: [3, 9] })).toBe(
      'Lines 3, 9 have problems (2 in all); fix them and import again. Nobody was imported',
    );
    expect(translateDraftProblem({ key: 'fileOldExcel', name: 'a.xls' })).toBe(
      '“a.xls” is an old Excel file; save it as .xlsx or CSV in Excel and choose it again',
    );
    expect(translateDraftProblem(null)).toBeUndefined();
  });
});
