import type { ClueStatus, ProposeQuestionInput, RepresentativeDispatchInput, RepresentativeScore, SessionKind } from '../../gql/graphql';
import { dayFromNow, fromLocalDateInput, toLocalDateInput } from '../../follow-up/followUpForms';

// What the workspace's forms check before asking the server (the server's limits), and the inputs
// they send. A problem is the key of its message under `representative.*`.

export type FormProblems = Partial<Record<string, string>>;

/** Characters as people count them (an emoji is one), after trimming. */
const length = (text: string) => [...text.trim()].length;

function collect(checks: Record<string, string | null>): FormProblems {
  const problems: FormProblems = {};
  for (const [field, problem] of Object.entries(checks)) if (problem) problems[field] = problem;
  return problems;
}

// ─── The inbox: reply (码上答), forward, dispatch (代表下单) ───

export const REPLY_MAX = 2000;
export const FORWARD_NOTE_MAX = 500;
export const COMMITMENT_MAX = 2000;

export function validateReply(reply: string): FormProblems {
  const n = length(reply);
  return collect({ reply: n === 0 ? 'reply.required' : n > REPLY_MAX ? 'reply.tooLong' : null });
}

export function validateForward(note: string): FormProblems {
  return collect({ note: length(note) > FORWARD_NOTE_MAX ? 'forward.tooLong' : null });
}

export interface DispatchValues {
  departmentId: string;
  commitment: string;
  /** A local day, `YYYY-MM-DD`; the item is due at its end. */
  deadline: string;
}

/** A month from today: the usual time a department is given. */
export const emptyDispatch = (now: Date = new Date()): DispatchValues => ({
  departmentId: '',
  commitment: '',
  deadline: dayFromNow(30, now),
});

export function validateDispatch(values: DispatchValues, now: Date = new Date()): FormProblems {
  const commitment = length(values.commitment);
  let deadline: string | null = null;
  if (!values.deadline.trim() || fromLocalDateInput(values.deadline) === null) deadline = 'dispatch.deadlineRequired';
  else if (values.deadline < toLocalDateInput(now.toISOString())) deadline = 'dispatch.deadlinePast';
  return collect({
    departmentId: values.departmentId ? null : 'dispatch.departmentRequired',
    commitment: commitment === 0 ? 'dispatch.commitmentRequired' : commitment > COMMITMENT_MAX ? 'dispatch.commitmentTooLong' : null,
    deadline,
  });
}

export function toDispatchInput(clueId: string, values: DispatchValues): RepresentativeDispatchInput {
  return {
    clueId,
    departmentId: values.departmentId,
    commitment: values.commitment.trim(),
    deadline: fromLocalDateInput(values.deadline)!,
  };
}

/** What a clue in the inbox still allows: a reply always; forward and dispatch while nobody has handled it. */
export function clueActions(clue: { status: ClueStatus; forwardedAt?: string | null; followUpId?: string | null }) {
  const open = clue.status === 'SUBMITTED' && !clue.forwardedAt && !clue.followUpId;
  return { reply: true, forward: open, dispatch: open };
}

// ─── Supervised items: comment and score (代表打分) ───

export const COMMENT_MAX = 2000;
export const SCORE_NOTE_MAX = 500;
export const SCORES = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'] as const satisfies readonly RepresentativeScore[];

export function validateComment(note: string): FormProblems {
  const n = length(note);
  return collect({ note: n === 0 ? 'item.comment.required' : n > COMMENT_MAX ? 'item.comment.tooLong' : null });
}

export function validateScore(values: { score: RepresentativeScore | ''; note: string }): FormProblems {
  return collect({
    score: values.score ? null : 'item.score.required',
    note: length(values.note) > SCORE_NOTE_MAX ? 'item.score.noteTooLong' : null,
  });
}

/** This representative's score in the item's current handling round, if they gave one. */
export function myScore<T extends { representativeName: string; handlingRound: number }>(
  scores: readonly T[],
  name: string | undefined,
  round: number,
): T | null {
  if (!name) return null;
  return scores.find((s) => s.representativeName === name && s.handlingRound === round) ?? null;
}

// ─── 代表出题 ───

/** Kinds whose agenda items are questions answered by a department (subject ANSWER); look-backs are made from items. */
const PROPOSABLE_KINDS: readonly SessionKind[] = ['TV_QUESTIONING', 'SPECIAL_INQUIRY'];

/** The sessions a question may be proposed for: published, not yet live, asking departments; soonest first. */
export function proposableSessions<T extends { status: string; kind?: SessionKind | null; scheduledAt: string }>(
  sessions: readonly T[],
): T[] {
  return sessions
    .filter((s) => s.status === 'PUBLISHED' && PROPOSABLE_KINDS.includes(s.kind ?? 'TV_QUESTIONING'))
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
}

export interface ProposalValues {
  sessionId: string;
  title: string;
  body: string;
  respondent: string;
  departmentId: string;
}

export const emptyProposal = (): ProposalValues => ({ sessionId: '', title: '', body: '', respondent: '', departmentId: '' });

export function validateProposal(values: ProposalValues): FormProblems {
  const title = length(values.title);
  const body = length(values.body);
  return collect({
    sessionId: values.sessionId ? null : 'proposals.sessionRequired',
    title: title < 4 || title > 100 ? 'proposals.titleRequired' : null,
    body: body < 10 || body > 3000 ? 'proposals.bodyRequired' : null,
    respondent: length(values.respondent) > 100 ? 'proposals.respondentTooLong' : null,
    // The department that is to answer: an accepted question needs its 应询部门.
    departmentId: values.departmentId ? null : 'proposals.departmentRequired',
  });
}

export function toProposalInput(values: ProposalValues): ProposeQuestionInput {
  return {
    sessionId: values.sessionId,
    title: values.title.trim(),
    body: values.body.trim(),
    respondent: values.respondent.trim() || null,
    departmentId: values.departmentId,
  };
}

// ─── 履职 figures ───

/** A calendar year in the viewer's time zone, as the period [from, to) the figures are asked for. */
export function yearPeriod(year: number): { from: string; to: string } {
  return { from: new Date(year, 0, 1).toISOString(), to: new Date(year + 1, 0, 1).toISOString() };
}

/** Two chosen days (inclusive) as the period [from, to): from the start of the first to the end of the last. */
export function dayPeriod(fromDay: string, toDay: string): { from: string; to: string } | null {
  const start = /^(\d{4})-(\d{2})-(\d{2})$/.exec(fromDay);
  const end = /^(\d{4})-(\d{2})-(\d{2})$/.exec(toDay);
  if (!start || !end || fromDay > toDay) return null;
  const [, y1, m1, d1] = start.map(Number) as [number, number, number, number];
  const [, y2, m2, d2] = end.map(Number) as [number, number, number, number];
  return { from: new Date(y1, m1 - 1, d1).toISOString(), to: new Date(y2, m2 - 1, d2 + 1).toISOString() };
}

/** The public page a 代表码 opens, on this site. */
export const publicPageUrl = (origin: string, code: string) => `${origin}/r/${encodeURIComponent(code)}`;
