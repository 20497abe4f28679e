import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n';
import {
  accountRefusal,
  checkPastedNames,
  checkPickedAccounts,
  checkSeatCount,
  inSeatOrder,
  isBlankSeat,
  parsePastedNames,
  pastedNameRefusal,
  refusedPerson,
  translateRollProblem,
} from './studioRoll';

afterEach(() => {
  i18n.global.locale.value = 'zh-CN';
});

const refusal = (code: string, field?: string) =>
  new CombinedError({ graphQLErrors: [new GraphQLError('server text', { extensions: { code, ...(field ? { field } : {}) } })] });

describe('parsePastedNames', () => {
  it('reads one name a line, trimmed, and leaves out empty lines', () => {
    expect(parsePastedNames('  王建华 \n\n李秀英\r\n\t张国强\t\n   \n')).toEqual([
      { line: 1, name: '王建华' },
      { line: 3, name: '李秀英' },
      { line: 4, name: '张国强' },
    ]);
  });

  it('treats full-width spaces and a pasted byte-order mark as blank', () => {
    expect(parsePastedNames('\uFEFF王建华\u3000\n\u3000\u3000\n李秀英')).toEqual([
      { line: 1, name: '王建华' },
      { line: 3, name: '李秀英' },
    ]);
  });

  it('finds nothing in empty text', () => {
    expect(parsePastedNames('')).toEqual([]);
    expect(parsePastedNames('\n  \n')).toEqual([]);
  });
});

describe('checkPastedNames', () => {
  const names = (count: number) => Array.from({ length: count }, (_, i) => ({ line: i + 1, name: `代表${i + 1}` }));

  it('wants at least one name', () => {
    expect(checkPastedNames([])).toEqual({ key: 'namesEmpty' });
  });

  it('accepts up to 500 names of up to 60 characters, counted as people see them', () => {
    expect(checkPastedNames(names(500))).toBeNull();
    expect(checkPastedNames([{ line: 1, name: '王'.repeat(60) }])).toBeNull();
    // Each emoji is one character, though two UTF-16 units.
    expect(checkPastedNames([{ line: 1, name: '😀'.repeat(60) }])).toBeNull();
  });

  it('points at the lines with names that are too long', () => {
    const pasted = parsePastedNames(`王建华\n${'李'.repeat(61)}\n\n${'张'.repeat(70)}`);
    expect(checkPastedNames(pasted)).toEqual({ key: 'namesTooLong', lines: [2, 4], max: 60 });
  });

  it('refuses more than 500 at a time', () => {
    expect(checkPastedNames(names(501))).toEqual({ key: 'tooMany', count: 501, max: 500 });
  });
});

describe('checkPickedAccounts and checkSeatCount', () => {
  it('wants at least one account', () => {
    expect(checkPickedAccounts([])).toEqual({ key: 'accountsEmpty' });
    expect(checkPickedAccounts(['a1'])).toBeNull();
  });

  it('wants a whole number of blank seats from 1 to 500', () => {
    expect(checkSeatCount(1)).toBeNull();
    expect(checkSeatCount(500)).toBeNull();
    for (const count of [0, 501, 2.5, null, undefined, Number.NaN])
      expect(checkSeatCount(count)).toEqual({ key: 'seatCount', min: 1, max: 500 });
  });
});

describe('reading the server’s refusals', () => {
  const sentNames = parsePastedNames('王建华\n\n李秀英\n张国强');
  const sentAccounts = [
    { id: 'a1', displayName: '县人大代表 王建华' },
    { id: 'a2', displayName: '测试代表' },
  ];

  it('finds which person of the request was refused', () => {
    expect(refusedPerson(refusal('BAD_USER_INPUT', 'people.1.accountId'))).toEqual({
      code: 'BAD_USER_INPUT',
      index: 1,
      field: 'accountId',
    });
    expect(refusedPerson(refusal('BAD_USER_INPUT', 'people'))).toBeNull();
    expect(refusedPerson(refusal('INVALID_PHASE'))).toBeNull();
    expect(refusedPerson(new Error('offline'))).toBeNull();
  });

  it('puts a refused name on its line of the pasted text', () => {
    // The second name sent was on the third line.
    expect(pastedNameRefusal(refusal('BAD_USER_INPUT', 'people.1.name'), sentNames)).toEqual({ key: 'lineRefused', line: 3 });
    expect(pastedNameRefusal(refusal('INVALID_PHASE'), sentNames)).toBeNull();
  });

  it('names the refused account: already on the roll, or not a representative', () => {
    expect(accountRefusal(refusal('CONFLICT', 'people.1.accountId'), sentAccounts)).toEqual({ key: 'accountTaken', name: '测试代表' });
    expect(accountRefusal(refusal('BAD_USER_INPUT', 'people.0.accountId'), sentAccounts)).toEqual({
      key: 'accountNotRepresentative',
      name: '县人大代表 王建华',
    });
    expect(accountRefusal(refusal('BAD_USER_INPUT', 'people.0.name'), sentAccounts)).toBeNull();
    expect(accountRefusal(refusal('BAD_USER_INPUT', 'people.7.accountId'), sentAccounts)).toBeNull();
  });
});

describe('translateRollProblem', () => {
  it('words every problem in both languages', () => {
    expect(translateRollProblem({ key: 'namesTooLong', lines: [2, 4], max: 60 })).toBe('第 2、4 行的姓名超过 60 个字');
    expect(translateRollProblem({ key: 'accountTaken', name: '测试代表' })).toBe('“测试代表”已在名册上');
    expect(translateRollProblem({ key: 'lineRefused', line: 3 })).toMatch(/^第 3 行/);
    expect(translateRollProblem(null)).toBeUndefined();
    i18n.global.locale.value = 'en';
    expect(translateRollProblem({ key: 'namesTooLong', lines: [2, 4], max: 60 })).toBe('Names longer than 60 characters, on line 2, 4');
    expect(translateRollProblem({ key: 'tooMany', count: 501, max: 500 })).toBe(
      'At most 500 people at a time (now 501); add them in batches',
    );
  });

  it('lists at most five lines', () => {
    expect(translateRollProblem({ key: 'namesTooLong', lines: [1, 2, 3, 4, 5, 6, 7], max: 60 })).toBe(
      '第 1、2、3、4、5… 行的姓名超过 60 个字',
    );
  });
});

describe('isBlankSeat', () => {
  it('knows a seat issued without a name by its name being the seat label', () => {
    expect(isBlankSeat({ name: '3号席', seatLabel: '3号席' })).toBe(true);
    expect(isBlankSeat({ name: '王建华', seatLabel: '3号席' })).toBe(false);
  });
});

describe('inSeatOrder', () => {
  it('orders by seat number, not as text', () => {
    const members = ['10号席', '2号席', '1号席'].map((seatLabel) => ({ seatLabel }));
    expect(inSeatOrder(members).map((m) => m.seatLabel)).toEqual(['1号席', '2号席', '10号席']);
  });
});
