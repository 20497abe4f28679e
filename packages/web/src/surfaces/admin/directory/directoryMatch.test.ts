import { describe, expect, it } from 'vitest';
import { accountMatches, departmentMatches } from './directoryMatch';

describe('departmentMatches', () => {
  const department = { name: '县住房和城乡建设局', shortName: '住建局' };
  it('matches everything without a search, and by name or short name', () => {
    expect(departmentMatches(department, '  ')).toBe(true);
    expect(departmentMatches(department, '城乡')).toBe(true);
    expect(departmentMatches(department, '住建')).toBe(true);
    expect(departmentMatches(department, '教育')).toBe(false);
  });
});

describe('accountMatches', () => {
  const account = { username: 'Zhang.San', displayName: '张三', role: 'HOST' as const };
  it('applies the role filter and the search together', () => {
    expect(accountMatches(account, '', null)).toBe(true);
    expect(accountMatches(account, 'zhang', 'HOST')).toBe(true);
    expect(accountMatches(account, '张', 'ADMIN')).toBe(false);
    expect(accountMatches(account, '李', null)).toBe(false);
  });
});
