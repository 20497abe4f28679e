import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { checkField, translateProblems, validate } from './validation';

afterEach(() => {
  i18n.global.locale.value = 'zh-CN';
});

describe('checkField', () => {
  it('requires a non-blank value when asked', () => {
    expect(checkField('  ', { required: true })).toEqual({ key: 'required' });
    expect(checkField(null, { required: true, select: true })).toEqual({ key: 'requiredSelect' });
    expect(checkField('', {})).toBeNull();
  });

  it('counts Chinese characters one each', () => {
    expect(checkField('县住房和城乡建设局', { max: 9 })).toBeNull();
    expect(checkField('县住房和城乡建设局', { max: 8 })).toEqual({ key: 'tooLong', max: 8 });
  });

  it('checks usernames', () => {
    expect(checkField('zhang.san-01', { username: true })).toBeNull();
    expect(checkField('Zhang San', { username: true })).toEqual({ key: 'usernameFormat' });
    expect(checkField('ab', { min: 3, username: true })).toEqual({ key: 'tooShort', min: 3 });
  });
});

describe('validate and translateProblems', () => {
  it('gives one translated message per invalid field', () => {
    const problems = validate({ name: '', shortName: '住建局' }, { name: { required: true }, shortName: { required: true, max: 2 } });
    expect(translateProblems(problems, { name: '名称', shortName: '简称' })).toEqual({
      name: '请填写名称',
      shortName: '简称不能超过 2 个字',
    });
    i18n.global.locale.value = 'en';
    expect(translateProblems(problems, { name: 'Name', shortName: 'Short name' })).toEqual({
      name: 'Name is required',
      shortName: 'Short name must be at most 2 characters',
    });
  });
});
