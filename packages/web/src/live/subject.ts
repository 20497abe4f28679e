import type { SubjectKind } from '../gql/graphql';

// What an agenda item shows besides its title, by what it is about (its subject): who asks and who
// answers (问题), the submitting body and the reporter (报告), the lead department and budget
// (项目), the representative and their district (代表). The words come from the caller.

export type ItemFactKey =
  | 'questioner'
  | 'department'
  | 'respondent'
  | 'reportingBody'
  | 'reporter'
  | 'leadDepartment'
  | 'budget'
  | 'representative'
  | 'district';

export interface ItemFact {
  key: ItemFactKey;
  value: string;
}

export interface ItemFacts {
  subject: SubjectKind;
  questioner?: string | null;
  respondent?: string | null;
  /** Nullable: a representative has none, and an item may have lost it. */
  department?: { name: string; shortName?: string | null } | null;
  district?: string | null;
  budget?: number | null;
}

/**
 * The facts of an item, in reading order, leaving out the empty ones. `compact` (phones, lower
 * thirds) puts an answer's department and respondent together ("交通局 · 局长 张三") and names
 * departments by their short name.
 */
export function itemFacts(item: ItemFacts, options: { compact?: boolean; budget: (amount: number) => string }): ItemFact[] {
  const compact = options.compact ?? false;
  const department = item.department ? (compact && item.department.shortName ? item.department.shortName : item.department.name) : '';
  const facts: [ItemFactKey, string | null | undefined][] = [];
  switch (item.subject) {
    case 'REPORT':
      facts.push(['reportingBody', department], ['reporter', item.respondent]);
      break;
    case 'PROJECT':
      facts.push(['leadDepartment', department], ['budget', item.budget == null ? null : options.budget(item.budget)]);
      break;
    case 'REPRESENTATIVE':
      facts.push(['representative', item.respondent], ['district', item.district]);
      break;
    default:
      facts.push(['questioner', item.questioner]);
      if (compact) facts.push(['respondent', [department, item.respondent].filter(Boolean).join(' · ')]);
      else facts.push(['department', department], ['respondent', item.respondent]);
  }
  return facts.filter((f): f is [ItemFactKey, string] => !!f[1] && f[1].trim() !== '').map(([key, value]) => ({ key, value }));
}

/** The unit an item's result row names: the department (问题, 报告, 项目) or the district (代表). */
export function itemUnit(item: ItemFacts, short = true): string {
  if (item.subject === 'REPRESENTATIVE') return [item.respondent, item.district].filter(Boolean).join(' · ');
  if (!item.department) return '';
  return short && item.department.shortName ? item.department.shortName : item.department.name;
}
