import { describe, expect, it } from 'vitest';
import { validateAccountability, validateMediation, validateReturnReason, type AccountabilityValues } from './oversightForms';

const now = new Date(2026, 11, 2, 10);
const everySide = [
  { name: '王代表', side: 'PROPOSER' as const },
  { name: '李主任', side: 'SUPERVISOR' as const },
  { name: '赵局长', side: 'HANDLER' as const },
];

describe('the 三方见面 form', () => {
  it('asks for a day that has come, someone named for each of 提、督、办, and the outcome', () => {
    const values = { heldOn: '2026-12-02', participants: everySide, outcome: '增设护学岗', decision: 'REOPEN' as const, minutesIds: [] };
    expect(validateMediation(values, now)).toEqual({});
    expect(validateMediation({ ...values, heldOn: '2026-12-03' }, now).heldOn).toEqual({ key: 'future' });
    expect(validateMediation({ ...values, heldOn: '2026-02-30' }, now).heldOn).toEqual({ key: 'date' });
    expect(validateMediation({ ...values, participants: everySide.slice(0, 2) }, now).participants).toEqual({ key: 'sides' });
    // A blank line is dropped, not refused; a side named only by blank lines is missing.
    expect(validateMediation({ ...values, participants: [...everySide, { name: ' ', side: 'HANDLER' }] }, now)).toEqual({});
    const blankHandler = [...everySide.slice(0, 2), { name: ' ', side: 'HANDLER' as const }];
    expect(validateMediation({ ...values, participants: blankHandler }, now).participants).toEqual({ key: 'sides' });
    expect(validateMediation({ ...values, outcome: '' }, now).outcome).toEqual({ key: 'required' });
  });
});

describe('the 问责 form', () => {
  const measure: AccountabilityValues = {
    kind: 'MEASURE',
    officialName: '钱某某',
    officialPost: '副局长',
    measure: 'TALK',
    issuedBy: '县纪委监委',
    body: 'DISCIPLINE',
    referenceNumber: '',
    takenOn: '2026-12-01',
    note: '',
    published: false,
  };

  it('needs the official, post and issuer of a measure, and the 文号 of a referral', () => {
    expect(validateAccountability(measure, now)).toEqual({});
    expect(validateAccountability({ ...measure, officialName: '', issuedBy: '' }, now)).toEqual({
      officialName: { key: 'required' },
      issuedBy: { key: 'required' },
    });
    expect(validateAccountability({ ...measure, kind: 'REFERRAL', officialName: '' }, now)).toEqual({
      referenceNumber: { key: 'required' },
    });
    expect(validateAccountability({ ...measure, takenOn: '2026-12-09' }, now).takenOn).toEqual({ key: 'future' });
  });

  it('needs a reason to return a department’s text', () => {
    expect(validateReturnReason({ note: '' })).toEqual({ note: { key: 'required' } });
    expect(validateReturnReason({ note: '含个人信息' })).toEqual({});
  });
});
