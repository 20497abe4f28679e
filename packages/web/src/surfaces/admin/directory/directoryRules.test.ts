import { describe, expect, it } from 'vitest';
import { accountRules, departmentRules } from './directoryRules';
import { validate } from '../../../composables/validation';

describe('departmentRules', () => {
  it('asks for a full name of at least two characters and a short name', () => {
    expect(validate({ name: '局', shortName: '' }, departmentRules)).toEqual({
      name: { key: 'tooShort', min: 2 },
      shortName: { key: 'required' },
    });
    expect(validate({ name: '县教育局', shortName: '教育局' }, departmentRules)).toEqual({});
  });
});

describe('accountRules', () => {
  const base = { username: 'li.si', displayName: '李四', departmentId: '', committeeId: '' };

  it('requires a department for department accounts only', () => {
    expect(validate({ ...base, role: 'DEPARTMENT' }, accountRules('DEPARTMENT'))).toEqual({
      departmentId: { key: 'requiredSelect' },
    });
    expect(validate({ ...base, role: 'HOST' }, accountRules('HOST'))).toEqual({});
  });

  it('requires a role and a valid username', () => {
    expect(validate({ ...base, username: 'Li Si', role: '' }, accountRules(''))).toEqual({
      username: { key: 'usernameFormat' },
      role: { key: 'requiredSelect' },
    });
  });
});
