import { describe, expect, it } from 'vitest';
import {
  ADDRESSED,
  FORWARDED,
  representativeFromValue,
  representativeValue,
  clueExportUrl,
  clueMatchesFilter,
  dateRange,
  emptyClueFilter,
  filterKey,
  isFiltered,
  sourceFromValue,
  sourceValue,
  startOfDay,
  toClueFilterInput,
  type ClueBoardFilter,
  type FilterableClue,
} from './clueFilter';

const SESSION = '7b0c5f7e-3f5c-4f57-9a43-2f1d0d3f6a11';
const DEPARTMENT = '0f6f3a53-7d0a-4c55-8a1e-5d7e2a3c9b21';
const filter = (change: Partial<ClueBoardFilter> = {}): ClueBoardFilter => ({ ...emptyClueFilter(), ...change });

describe('toClueFilterInput', () => {
  it('sends nothing for the empty filter', () => {
    expect(toClueFilterInput(filter())).toEqual({});
    expect(isFiltered(filter())).toBe(false);
  });

  it('maps the source to a session or to general submissions', () => {
    expect(toClueFilterInput(filter({ source: { kind: 'session', id: SESSION } }))).toEqual({ sessionId: SESSION });
    expect(toClueFilterInput(filter({ source: { kind: 'general' } }))).toEqual({ general: true });
  });

  it('sends every narrowing field, the search trimmed', () => {
    const input = toClueFilterInput(
      filter({ statuses: ['SUBMITTED', 'REFERRED'], category: 'PARKING', departmentId: DEPARTMENT, search: '  电梯 ' }),
    );
    expect(input).toEqual({ statuses: ['SUBMITTED', 'REFERRED'], category: 'PARKING', departmentId: DEPARTMENT, search: '电梯' });
    expect(toClueFilterInput(filter({ search: '   ' }))).toEqual({});
  });

  it('covers whole local days, the last one included', () => {
    const { from, to } = dateRange({ from: '2026-03-01', to: '2026-03-31' });
    expect(from).toBe(new Date(2026, 2, 1).toISOString());
    expect(to).toBe(new Date(2026, 3, 1).toISOString());
    expect(toClueFilterInput(filter({ from: '2026-03-01' }))).toEqual({ from: new Date(2026, 2, 1).toISOString() });
    expect(startOfDay('2026-02-30')).toEqual(new Date(2026, 2, 2));
    expect(startOfDay('yesterday')).toBeNull();
    expect(dateRange({ from: '', to: '' })).toEqual({ from: null, to: null });
  });
});

describe('clueExportUrl', () => {
  it('asks for the same clues the board shows, in the interface language', () => {
    const url = new URL(
      clueExportUrl(
        filter({
          source: { kind: 'session', id: SESSION },
          statuses: ['SUBMITTED', 'ACCEPTED'],
          category: 'FEES',
          departmentId: DEPARTMENT,
          from: '2026-03-01',
          to: '2026-03-02',
          search: '物业 费',
        }),
        'zh-CN',
      ),
      'http://example.test',
    );
    expect(url.pathname).toBe('/exports/clues.xlsx');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      sessionId: SESSION,
      statuses: 'SUBMITTED,ACCEPTED',
      category: 'FEES',
      departmentId: DEPARTMENT,
      from: new Date(2026, 2, 1).toISOString(),
      to: new Date(2026, 2, 3).toISOString(),
      search: '物业 费',
      lang: 'zh',
    });
  });

  it('marks general submissions and English headings', () => {
    expect(clueExportUrl(filter({ source: { kind: 'general' } }), 'en')).toBe('/exports/clues.xlsx?general=true&lang=en');
    expect(clueExportUrl(filter(), 'zh-CN')).toBe('/exports/clues.xlsx?lang=zh');
  });
});

describe('clueMatchesFilter', () => {
  const clue: FilterableClue = {
    session: { id: SESSION },
    status: 'SUBMITTED',
    category: 'PROPERTY_SERVICE',
    department: null,
    createdAt: new Date(2026, 2, 15, 10, 30).toISOString(),
    title: '小区电梯经常故障',
    description: '3 号楼电梯每周停运。',
    location: '阳光花园 Building 3',
  };

  it('takes every clue into the unfiltered list', () => {
    expect(clueMatchesFilter(clue, filter())).toBe(true);
  });

  it('follows the source', () => {
    expect(clueMatchesFilter(clue, filter({ source: { kind: 'session', id: SESSION } }))).toBe(true);
    expect(clueMatchesFilter(clue, filter({ source: { kind: 'session', id: 'other' } }))).toBe(false);
    expect(clueMatchesFilter(clue, filter({ source: { kind: 'general' } }))).toBe(false);
    expect(clueMatchesFilter({ ...clue, session: null }, filter({ source: { kind: 'general' } }))).toBe(true);
  });

  it('follows statuses, category and department', () => {
    expect(clueMatchesFilter(clue, filter({ statuses: ['SUBMITTED', 'ACCEPTED'] }))).toBe(true);
    expect(clueMatchesFilter(clue, filter({ statuses: ['REJECTED'] }))).toBe(false);
    expect(clueMatchesFilter(clue, filter({ category: 'PARKING' }))).toBe(false);
    expect(clueMatchesFilter(clue, filter({ departmentId: DEPARTMENT }))).toBe(false);
    expect(clueMatchesFilter({ ...clue, department: { id: DEPARTMENT } }, filter({ departmentId: DEPARTMENT }))).toBe(true);
  });

  it('follows the days, both ends included', () => {
    expect(clueMatchesFilter(clue, filter({ from: '2026-03-15', to: '2026-03-15' }))).toBe(true);
    expect(clueMatchesFilter(clue, filter({ from: '2026-03-16' }))).toBe(false);
    expect(clueMatchesFilter(clue, filter({ to: '2026-03-14' }))).toBe(false);
  });

  it('searches title, description and place without regard to case', () => {
    expect(clueMatchesFilter(clue, filter({ search: '电梯' }))).toBe(true);
    expect(clueMatchesFilter(clue, filter({ search: '每周' }))).toBe(true);
    expect(clueMatchesFilter(clue, filter({ search: 'building' }))).toBe(true);
    expect(clueMatchesFilter(clue, filter({ search: '停车' }))).toBe(false);
  });
});

describe('the source select', () => {
  it('round-trips its value', () => {
    for (const source of [{ kind: 'all' }, { kind: 'general' }, { kind: 'session', id: SESSION }] as const) {
      expect(sourceFromValue(sourceValue(source))).toEqual(source);
    }
    expect(sourceFromValue(null)).toEqual({ kind: 'all' });
  });
});

describe('filterKey', () => {
  it('changes with every filter but the search (which reloads once typing pauses)', () => {
    expect(filterKey(filter({ search: '电梯' }))).toBe(filterKey(filter()));
    expect(filterKey(filter({ statuses: ['SUBMITTED'] }))).not.toBe(filterKey(filter()));
    expect(filterKey(filter({ source: { kind: 'general' } }))).not.toBe(filterKey(filter()));
    expect(isFiltered(filter({ to: '2026-03-01' }))).toBe(true);
  });
});

describe('the representative filter', () => {
  const REPRESENTATIVE = '3c1d7a52-8e4b-4f0e-9d6a-1b2c3d4e5f60';
  const base: FilterableClue = {
    session: null,
    status: 'SUBMITTED',
    category: 'OTHER',
    createdAt: new Date(2026, 2, 15).toISOString(),
    title: '路灯不亮',
    description: '小区门口路灯坏了',
  };

  it('asks for clues addressed to any representative, forwarded by one, or addressed to one', () => {
    expect(toClueFilterInput(filter({ representative: { kind: 'addressed' } }))).toEqual({ addressed: true });
    expect(toClueFilterInput(filter({ representative: { kind: 'forwarded' } }))).toEqual({ forwarded: true });
    expect(toClueFilterInput(filter({ representative: { kind: 'one', id: REPRESENTATIVE } }))).toEqual({
      representativeId: REPRESENTATIVE,
    });
    expect(isFiltered(filter({ representative: { kind: 'forwarded' } }))).toBe(true);
    const url = new URL(clueExportUrl(filter({ representative: { kind: 'one', id: REPRESENTATIVE } }), 'zh-CN'), 'http://x');
    expect(url.searchParams.get('representativeId')).toBe(REPRESENTATIVE);
  });

  it('lets a clue arriving live in only when it fits', () => {
    const addressed = { ...base, representative: { id: REPRESENTATIVE } };
    expect(clueMatchesFilter(base, filter({ representative: { kind: 'addressed' } }))).toBe(false);
    expect(clueMatchesFilter(addressed, filter({ representative: { kind: 'addressed' } }))).toBe(true);
    expect(clueMatchesFilter(addressed, filter({ representative: { kind: 'forwarded' } }))).toBe(false);
    expect(clueMatchesFilter({ ...addressed, forwardedAt: base.createdAt }, filter({ representative: { kind: 'forwarded' } }))).toBe(true);
    expect(clueMatchesFilter(addressed, filter({ representative: { kind: 'one', id: REPRESENTATIVE } }))).toBe(true);
    expect(clueMatchesFilter(addressed, filter({ representative: { kind: 'one', id: 'other' } }))).toBe(false);
  });

  it('round-trips the select’s value', () => {
    for (const value of ['', ADDRESSED, FORWARDED, REPRESENTATIVE]) expect(representativeValue(representativeFromValue(value))).toBe(value);
  });
});
