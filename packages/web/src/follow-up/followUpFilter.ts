import type { FollowUpFilter, SubmitterVerdict } from '../gql/graphql';
import { BOARD_TABS, type BoardTab } from '../composables/followUpLabels';

// The staff board's filters and the server filter they become.

export interface FollowUpBoardFilter {
  tab: BoardTab;
  search: string;
  departmentId: string | null;
  sessionId: string | null;
  overdue: boolean;
  reopened: boolean;
  /** Items whose clue's submitter said 未解决 (UNRESOLVED) or 已解决 (RESOLVED); null: any. */
  submitterVerdict?: SubmitterVerdict | null;
  /** A committee's id, `none` for items no committee supervises; null: any. */
  committee?: string | null;
}

const verdictWords: Record<string, SubmitterVerdict> = { unresolved: 'UNRESOLVED', resolved: 'RESOLVED' };

export const emptyFollowUpFilter = (): FollowUpBoardFilter => ({
  tab: 'all',
  search: '',
  departmentId: null,
  sessionId: null,
  overdue: false,
  reopened: false,
  submitterVerdict: null,
  committee: null,
});

/** The board's filter as the server reads it; an unset choice is left out. */
export function toFollowUpFilterInput(filter: FollowUpBoardFilter): FollowUpFilter {
  const statuses = BOARD_TABS[filter.tab];
  return {
    statuses: statuses.length ? [...statuses] : null,
    departmentId: filter.departmentId || null,
    sessionId: filter.sessionId || null,
    overdue: filter.overdue || null,
    reopened: filter.reopened || null,
    ...(filter.submitterVerdict ? { submitterVerdict: filter.submitterVerdict } : {}),
    ...(filter.committee === 'none' ? { noCommittee: true } : filter.committee ? { committeeId: filter.committee } : {}),
  };
}

export const isFollowUpFiltered = (filter: FollowUpBoardFilter) =>
  filter.tab !== 'all' ||
  filter.search.trim() !== '' ||
  !!filter.departmentId ||
  !!filter.sessionId ||
  filter.overdue ||
  filter.reopened ||
  !!filter.submitterVerdict ||
  !!filter.committee;

/** Changes of everything but the search, which reloads once typing pauses. */
export const followUpFilterKey = (filter: FollowUpBoardFilter) => JSON.stringify(toFollowUpFilterInput(filter));

/** The filter read from the board's address (`?tab=review&overdue=1`), so links and reloads keep it. */
export function filterFromQuery(query: Record<string, unknown>): Partial<FollowUpBoardFilter> {
  const text = (key: string) => (typeof query[key] === 'string' ? (query[key] as string) : '');
  const tab = text('tab');
  return {
    ...(tab in BOARD_TABS ? { tab: tab as BoardTab } : {}),
    ...(text('department') ? { departmentId: text('department') } : {}),
    ...(text('session') ? { sessionId: text('session') } : {}),
    ...(text('overdue') === '1' ? { overdue: true } : {}),
    ...(text('reopened') === '1' ? { reopened: true } : {}),
    ...(verdictWords[text('word')] ? { submitterVerdict: verdictWords[text('word')] } : {}),
    ...(text('committee') ? { committee: text('committee') } : {}),
  };
}

export function filterToQuery(filter: FollowUpBoardFilter): Record<string, string> {
  return {
    ...(filter.tab !== 'all' ? { tab: filter.tab } : {}),
    ...(filter.departmentId ? { department: filter.departmentId } : {}),
    ...(filter.sessionId ? { session: filter.sessionId } : {}),
    ...(filter.overdue ? { overdue: '1' } : {}),
    ...(filter.reopened ? { reopened: '1' } : {}),
    ...(filter.submitterVerdict ? { word: filter.submitterVerdict.toLowerCase() } : {}),
    ...(filter.committee ? { committee: filter.committee } : {}),
  };
}

/** The department desk's views of its items. */
export type DepartmentView = 'all' | 'todo' | 'active' | 'overdueOnly';
export const DEPARTMENT_VIEWS: Record<DepartmentView, FollowUpFilter | null> = {
  all: null,
  todo: { statuses: ['DISPATCHED', 'REOPENED'] },
  active: { statuses: ['ACCEPTED', 'IN_PROGRESS', 'SENT_BACK'] },
  overdueOnly: { overdue: true },
};
