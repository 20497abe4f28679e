import type { ClueFilter, ClueStatus } from '../../../gql/graphql';
import type { AppLocale } from '../../../i18n/locale';

// The triage board's filter as the page holds it, and what it becomes: the GraphQL filter, the
// export link for the same clues, and the test a clue arriving live must pass to join the list.

/** Where clues came from: every source, general submissions only, or one session's call. */
export type ClueSource = { kind: 'all' } | { kind: 'general' } | { kind: 'session'; id: string };

/**
 * Clues and the representatives: any clue, those addressed to a representative by their code (码上提),
 * those a representative forwarded to staff (代表转交), or those addressed to one representative.
 */
export type RepresentativeFilter = { kind: 'all' } | { kind: 'addressed' } | { kind: 'forwarded' } | { kind: 'one'; id: string };

export interface ClueBoardFilter {
  source: ClueSource;
  /** None chosen means every status. */
  statuses: ClueStatus[];
  /** A category's code. */
  category: string | null;
  departmentId: string | null;
  representative: RepresentativeFilter;
  /** Local calendar days as `YYYY-MM-DD` (a date input's value), both included; '' when open. */
  from: string;
  to: string;
  search: string;
}

export const emptyClueFilter = (): ClueBoardFilter => ({
  source: { kind: 'all' },
  statuses: [],
  category: null,
  departmentId: null,
  representative: { kind: 'all' },
  from: '',
  to: '',
  search: '',
});

/** Whether anything narrows the list (the empty state then says "nothing matches" rather than "nothing yet"). */
export function isFiltered(filter: ClueBoardFilter): boolean {
  return (
    filter.source.kind !== 'all' ||
    filter.statuses.length > 0 ||
    filter.category !== null ||
    filter.departmentId !== null ||
    filter.representative.kind !== 'all' ||
    filter.from !== '' ||
    filter.to !== '' ||
    filter.search.trim() !== ''
  );
}

/** The start of a local calendar day, or null when `day` is not `YYYY-MM-DD`. */
export function startOfDay(day: string, addDays = 0): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addDays);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The submission window as instants: from the start of `from` to the end of `to` (the server's `to` excludes). */
export function dateRange(filter: Pick<ClueBoardFilter, 'from' | 'to'>): { from: string | null; to: string | null } {
  return { from: startOfDay(filter.from)?.toISOString() ?? null, to: startOfDay(filter.to, 1)?.toISOString() ?? null };
}

/** The filter as the `clues` query takes it; unset fields are left out. */
export function toClueFilterInput(filter: ClueBoardFilter): ClueFilter {
  const input: ClueFilter = {};
  if (filter.source.kind === 'session') input.sessionId = filter.source.id;
  if (filter.source.kind === 'general') input.general = true;
  if (filter.statuses.length > 0) input.statuses = [...filter.statuses];
  if (filter.category) input.category = filter.category;
  if (filter.departmentId) input.departmentId = filter.departmentId;
  const representative = filter.representative;
  if (representative.kind === 'addressed') input.addressed = true;
  if (representative.kind === 'forwarded') input.forwarded = true;
  if (representative.kind === 'one') input.representativeId = representative.id;
  const { from, to } = dateRange(filter);
  if (from) input.from = from;
  if (to) input.to = to;
  const search = filter.search.trim();
  if (search) input.search = search;
  return input;
}

/**
 * The Excel export of the clues the board shows (same origin: the staff cookie goes with it), with
 * the column headings in the interface's language.
 */
export function clueExportUrl(filter: ClueBoardFilter, locale: AppLocale): string {
  const input = toClueFilterInput(filter);
  const params = new URLSearchParams();
  if (input.sessionId) params.set('sessionId', String(input.sessionId));
  if (input.general) params.set('general', 'true');
  if (input.statuses?.length) params.set('statuses', input.statuses.join(','));
  if (input.category) params.set('category', input.category);
  if (input.departmentId) params.set('departmentId', String(input.departmentId));
  if (input.addressed) params.set('addressed', 'true');
  if (input.forwarded) params.set('forwarded', 'true');
  if (input.representativeId) params.set('representativeId', String(input.representativeId));
  if (input.from) params.set('from', input.from);
  if (input.to) params.set('to', input.to);
  if (input.search) params.set('search', input.search);
  params.set('lang', locale === 'en' ? 'en' : 'zh');
  return `/exports/clues.xlsx?${params.toString()}`;
}

export interface FilterableClue {
  session?: { id: string } | null;
  status: ClueStatus;
  category: string;
  department?: { id: string } | null;
  representative?: { id: string } | null;
  forwardedAt?: string | null;
  createdAt: string;
  title: string;
  description: string;
  location?: string | null;
}

/**
 * Whether a clue that arrived live belongs in the list as filtered now. It approximates the
 * server's search: a case-insensitive substring of the title, the description or the place.
 */
export function clueMatchesFilter(clue: FilterableClue, filter: ClueBoardFilter): boolean {
  const { source } = filter;
  if (source.kind === 'general' && clue.session) return false;
  if (source.kind === 'session' && clue.session?.id !== source.id) return false;
  if (filter.statuses.length > 0 && !filter.statuses.includes(clue.status)) return false;
  if (filter.category && clue.category !== filter.category) return false;
  if (filter.departmentId && clue.department?.id !== filter.departmentId) return false;
  const representative = filter.representative;
  if (representative.kind === 'addressed' && !clue.representative) return false;
  if (representative.kind === 'forwarded' && !clue.forwardedAt) return false;
  if (representative.kind === 'one' && clue.representative?.id !== representative.id) return false;
  const { from, to } = dateRange(filter);
  const at = new Date(clue.createdAt).getTime();
  if (from && at < new Date(from).getTime()) return false;
  if (to && at >= new Date(to).getTime()) return false;
  const needle = filter.search.trim().toLowerCase();
  return needle === '' || [clue.title, clue.description, clue.location ?? ''].some((text) => text.toLowerCase().includes(needle));
}

/** The session select's value for a source ('' for all, 'general', or the session id), and back. */
export const GENERAL_SOURCE = 'general';
export const sourceValue = (source: ClueSource): string =>
  source.kind === 'all' ? '' : source.kind === 'general' ? GENERAL_SOURCE : source.id;
export const sourceFromValue = (value: string | null | undefined): ClueSource =>
  !value ? { kind: 'all' } : value === GENERAL_SOURCE ? { kind: 'general' } : { kind: 'session', id: value };

/** The representative select's value ('' for any, 'addressed', 'forwarded', or a representative's id), and back. */
export const ADDRESSED = 'addressed';
export const FORWARDED = 'forwarded';
export const representativeValue = (filter: RepresentativeFilter): string =>
  filter.kind === 'all' ? '' : filter.kind === 'one' ? filter.id : filter.kind;
export const representativeFromValue = (value: string | null | undefined): RepresentativeFilter =>
  !value
    ? { kind: 'all' }
    : value === ADDRESSED
      ? { kind: 'addressed' }
      : value === FORWARDED
        ? { kind: 'forwarded' }
        : { kind: 'one', id: value };

/** A key that changes whenever a filter other than the search does (those reload at once). */
export function filterKey(filter: ClueBoardFilter): string {
  const { search: _search, ...rest } = filter;
  return JSON.stringify(rest);
}
