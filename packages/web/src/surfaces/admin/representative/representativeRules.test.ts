import { describe, expect, it } from 'vitest';
import { emptyRepresentativeForm, formOf, toRepresentativeInput, validateRepresentative } from './representativeRules';

describe('the representative form', () => {
  it('requires a name and a district', () => {
    expect(validateRepresentative(emptyRepresentativeForm())).toEqual({ name: { key: 'required' }, district: { key: 'required' } });
    expect(validateRepresentative({ ...emptyRepresentativeForm(), name: '王建华', district: '城关镇选区' })).toEqual({});
  });

  it('limits the lengths', () => {
    const values = { ...emptyRepresentativeForm(), name: '王'.repeat(61), district: '选区', bio: '简'.repeat(501) };
    expect(validateRepresentative(values)).toEqual({ name: { key: 'tooLong', max: 60 }, bio: { key: 'tooLong', max: 500 } });
  });

  it('sends trimmed values, empty optional ones as null', () => {
    expect(
      toRepresentativeInput({ name: ' 王建华 ', district: '城关镇选区', station: '  ', bio: '', accountId: '', active: false }),
    ).toEqual({
      name: '王建华',
      district: '城关镇选区',
      station: null,
      bio: null,
      accountId: null,
      active: false,
    });
  });

  it('is filled from a record to edit it', () => {
    expect(formOf({ name: '王建华', district: '城关镇选区', station: null, bio: '简介', accountId: 'a1', active: true })).toEqual({
      name: '王建华',
      district: '城关镇选区',
      station: '',
      bio: '简介',
      accountId: 'a1',
      active: true,
    });
  });
});
