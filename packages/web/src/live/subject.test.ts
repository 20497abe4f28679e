import { describe, expect, it } from 'vitest';
import { itemFacts, itemUnit } from './subject';

const budget = (amount: number) => `${amount} 万元`;
const department = { name: '县住房和城乡建设局', shortName: '住建局' };

describe('itemFacts', () => {
  it('shows who asks and who answers a question; compact puts the department with the respondent', () => {
    const question = { subject: 'ANSWER' as const, questioner: '代表 王建华', respondent: '局长 张三', department };
    expect(itemFacts(question, { budget })).toEqual([
      { key: 'questioner', value: '代表 王建华' },
      { key: 'department', value: '县住房和城乡建设局' },
      { key: 'respondent', value: '局长 张三' },
    ]);
    expect(itemFacts(question, { budget, compact: true })).toEqual([
      { key: 'questioner', value: '代表 王建华' },
      { key: 'respondent', value: '住建局 · 局长 张三' },
    ]);
  });

  it('shows a report’s body and reporter, a project’s lead department and budget, a representative’s district', () => {
    expect(itemFacts({ subject: 'REPORT', respondent: '局长 李四', department, questioner: '' }, { budget })).toEqual([
      { key: 'reportingBody', value: '县住房和城乡建设局' },
      { key: 'reporter', value: '局长 李四' },
    ]);
    expect(itemFacts({ subject: 'PROJECT', department, budget: 1200 }, { budget })).toEqual([
      { key: 'leadDepartment', value: '县住房和城乡建设局' },
      { key: 'budget', value: '1200 万元' },
    ]);
    expect(itemFacts({ subject: 'REPRESENTATIVE', respondent: '王五', district: '城关镇选区', department: null }, { budget })).toEqual([
      { key: 'representative', value: '王五' },
      { key: 'district', value: '城关镇选区' },
    ]);
  });

  it('leaves out what an item lacks, a missing department included', () => {
    expect(itemFacts({ subject: 'ANSWER', questioner: '群众', respondent: '', department: null }, { budget, compact: true })).toEqual([
      { key: 'questioner', value: '群众' },
    ]);
    expect(itemFacts({ subject: 'PROJECT', department: null, budget: null }, { budget })).toEqual([]);
  });
});

describe('itemUnit', () => {
  it('names the department, or the representative and district', () => {
    expect(itemUnit({ subject: 'ANSWER', department })).toBe('住建局');
    expect(itemUnit({ subject: 'REPORT', department }, false)).toBe('县住房和城乡建设局');
    expect(itemUnit({ subject: 'PROJECT', department: null })).toBe('');
    expect(itemUnit({ subject: 'REPRESENTATIVE', respondent: '王五', district: '城关镇选区' })).toBe('王五 · 城关镇选区');
  });
});
