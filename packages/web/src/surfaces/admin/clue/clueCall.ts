import type { ClueCallInput } from '../../../gql/graphql';
import { i18n } from '../../../i18n';
import {
  fromLocalDateTimeInput,
  toLocalDateTimeInput,
  translateSessionProblems,
  type SessionProblem,
} from '../session/sessionSettingsRules';

// A session's call for clues (征集): the window in which the public may submit clues to it.

export interface ClueCallValues {
  /** As `datetime-local` inputs hold them: the viewer's local time; both '' to close the call. */
  opensAt: string;
  closesAt: string;
}

export interface ClueCallWindow {
  opensAt?: string | null;
  closesAt?: string | null;
}

export type ClueCallProblem = SessionProblem | { key: 'closesAfterOpens' };

export type ClueCallPhase = 'unset' | 'scheduled' | 'open' | 'closed';

/** Where the call stands at `now`: not set, opening later, open, or over. */
export function clueCallPhase(call: ClueCallWindow | null, now: number = Date.now()): ClueCallPhase {
  if (!call?.opensAt || !call.closesAt) return 'unset';
  if (now < new Date(call.opensAt).getTime()) return 'scheduled';
  return now < new Date(call.closesAt).getTime() ? 'open' : 'closed';
}

export const clueCallValues = (call: ClueCallWindow | null): ClueCallValues => ({
  opensAt: call?.opensAt ? toLocalDateTimeInput(call.opensAt) : '',
  closesAt: call?.closesAt ? toLocalDateTimeInput(call.closesAt) : '',
});

/** Both times or neither; the call closes after it opens. */
export function validateClueCall(values: ClueCallValues): Partial<Record<keyof ClueCallValues, ClueCallProblem>> {
  const problems: Partial<Record<keyof ClueCallValues, ClueCallProblem>> = {};
  const opens = values.opensAt.trim();
  const closes = values.closesAt.trim();
  if (opens === '' && closes === '') return problems;
  if (opens === '') problems.opensAt = { key: 'requiredSelect' };
  else if (fromLocalDateTimeInput(opens) === null) problems.opensAt = { key: 'dateTime' };
  if (closes === '') problems.closesAt = { key: 'requiredSelect' };
  else if (fromLocalDateTimeInput(closes) === null) problems.closesAt = { key: 'dateTime' };
  if (!problems.opensAt && !problems.closesAt && new Date(fromLocalDateTimeInput(closes)!) <= new Date(fromLocalDateTimeInput(opens)!)) {
    problems.closesAt = { key: 'closesAfterOpens' };
  }
  return problems;
}

export function toClueCallInput(sessionId: string, values: ClueCallValues): ClueCallInput {
  return { sessionId, opensAt: fromLocalDateTimeInput(values.opensAt.trim()), closesAt: fromLocalDateTimeInput(values.closesAt.trim()) };
}

export function translateClueCallProblems(
  problems: Partial<Record<string, ClueCallProblem>>,
  labels: Record<string, string>,
): Record<string, string> {
  const rest: Partial<Record<string, SessionProblem>> = {};
  const messages: Record<string, string> = {};
  for (const [field, problem] of Object.entries(problems)) {
    if (!problem) continue;
    if (problem.key === 'closesAfterOpens') messages[field] = i18n.global.t('admin.clueCall.closesAfterOpens');
    else rest[field] = problem;
  }
  return { ...translateSessionProblems(rest, labels), ...messages };
}

/** The public page where people send clues to this session (built by the public surface). */
export const clueSubmitPath = (sessionId: string) => `/clues?session=${encodeURIComponent(sessionId)}`;
