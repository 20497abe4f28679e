import type { FollowUpEditInput, OpenLookBackInput, SplitFollowUpInput } from '../gql/graphql';
import { checkField, translateDomainProblems, type Problem } from '../composables/validation';

// What the follow-up dialogs check before asking the server (the limits the server enforces), and
// the inputs they send. Deadlines are chosen as days; an item is due at the end of its day.

export type FollowUpProblem =
  | Problem
  | { key: 'range'; min: number; max: number }
  | { key: 'date' }
  | { key: 'past' }
  | { key: 'sameDepartment' }
  | { key: 'tooManyCo' }
  | { key: 'minParts'; min: number };
export type FollowUpProblems = Partial<Record<string, FollowUpProblem>>;

function collect(checks: Record<string, FollowUpProblem | null>): FollowUpProblems {
  const problems: FollowUpProblems = {};
  for (const [field, problem] of Object.entries(checks)) if (problem) problems[field] = problem;
  return problems;
}

/** One translated message per problem; the shared messages cover the common ones. */
export function translateFollowUpProblems(problems: FollowUpProblems, labels: Record<string, string>): Record<string, string> {
  return translateDomainProblems(problems, labels, 'followUp', ['range', 'date', 'past', 'sameDepartment', 'tooManyCo', 'minParts']);
}

// ─── Dates ───

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** An ISO instant as the viewer's local day `YYYY-MM-DD`, for a date input. */
export function toLocalDateInput(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : localDay(date);
}

/** A date input's day as the ISO instant its deadline falls on: the end of that local day. */
export function fromLocalDateInput(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(y, m - 1, d, 23, 59, 0, 0);
  // Rejects days such as 2026-02-31, which Date would roll over.
  return date.getMonth() === m - 1 && date.getDate() === d ? date.toISOString() : null;
}

/** A deadline day: required, real, and not before today. */
export function checkDeadline(day: string, now: Date = new Date()): FollowUpProblem | null {
  if (day.trim() === '') return { key: 'requiredSelect' };
  if (fromLocalDateInput(day) === null) return { key: 'date' };
  return day < localDay(now) ? { key: 'past' } : null;
}

/** A `datetime-local` value (local time) as an ISO instant, or null. */
export function fromLocalDateTimeInput(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The day a new deadline suggests itself: `days` from now. */
export const dayFromNow = (days: number, now: Date = new Date()) => localDay(new Date(now.getTime() + days * 86_400_000));

// ─── Edit (完善事项) ───

export interface EditValues {
  title: string;
  commitment: string;
  deadline: string;
  departmentId: string;
  coDepartmentIds: string[];
}

export function editValuesOf(item: {
  title: string;
  commitment: string;
  deadline: string;
  department: { id: string };
  coDepartments: readonly { id: string }[];
}): EditValues {
  return {
    title: item.title,
    commitment: item.commitment,
    deadline: toLocalDateInput(item.deadline),
    departmentId: item.department.id,
    coDepartmentIds: item.coDepartments.map((d) => d.id),
  };
}

export function validateEdit(values: EditValues, now: Date = new Date()): FollowUpProblems {
  let co: FollowUpProblem | null = null;
  if (values.coDepartmentIds.includes(values.departmentId)) co = { key: 'sameDepartment' };
  else if (values.coDepartmentIds.length > 10) co = { key: 'tooManyCo' };
  return collect({
    title: checkField(values.title, { required: true, max: 200 }),
    commitment: checkField(values.commitment, { required: true, max: 5000 }),
    deadline: checkDeadline(values.deadline, now),
    departmentId: checkField(values.departmentId, { required: true, select: true }),
    coDepartmentIds: co,
  });
}

export function toEditInput(id: string, values: EditValues): FollowUpEditInput {
  return {
    id,
    title: values.title.trim(),
    commitment: values.commitment.trim(),
    deadline: fromLocalDateInput(values.deadline)!,
    departmentId: values.departmentId,
    coDepartmentIds: values.coDepartmentIds,
  };
}

// ─── Split (分解) ───

export interface SplitPart {
  title: string;
  departmentId: string;
  deadline: string;
  weight: number | null;
}
export const emptyPart = (deadline = ''): SplitPart => ({ title: '', departmentId: '', deadline, weight: 1 });

/** Problems are named `parts.<n>.<field>`, the way the server names them. */
export function validateSplit(parts: readonly SplitPart[], now: Date = new Date()): FollowUpProblems {
  const checks: Record<string, FollowUpProblem | null> = { parts: parts.length < 2 ? { key: 'minParts', min: 2 } : null };
  parts.forEach((part, n) => {
    const weight = part.weight;
    checks[`parts.${n}.title`] = checkField(part.title, { required: true, max: 200 });
    checks[`parts.${n}.departmentId`] = checkField(part.departmentId, { required: true, select: true });
    checks[`parts.${n}.deadline`] = checkDeadline(part.deadline, now);
    checks[`parts.${n}.weight`] =
      weight === null || !Number.isInteger(weight) || weight < 1 || weight > 100 ? { key: 'range', min: 1, max: 100 } : null;
  });
  return collect(checks);
}

export function toSplitInput(id: string, parts: readonly SplitPart[]): SplitFollowUpInput {
  return {
    id,
    parts: parts.map((p) => ({
      title: p.title.trim(),
      departmentId: p.departmentId,
      deadline: fromLocalDateInput(p.deadline)!,
      weight: p.weight ?? 1,
    })),
  };
}

// ─── Reasons, reassignment, look-back ───

export interface ReasonValues {
  reason: string;
}
/** A return or a sent-back report must say why; the other verbs take an optional note. */
export const validateReason = (values: ReasonValues, required: boolean) =>
  collect({ reason: checkField(values.reason, { required, max: 2000 }) });

export interface ReassignValues {
  departmentId: string;
  note: string;
}
export const validateReassign = (values: ReassignValues, currentDepartmentId: string) =>
  collect({
    departmentId:
      values.departmentId === currentDepartmentId
        ? { key: 'requiredSelect' }
        : checkField(values.departmentId, { required: true, select: true }),
    note: checkField(values.note, { max: 2000 }),
  });

export interface LookBackValues {
  title: string;
  scheduledAt: string;
}
export const validateLookBack = (values: LookBackValues) =>
  collect({
    title: checkField(values.title, { max: 100 }),
    scheduledAt: values.scheduledAt && !fromLocalDateTimeInput(values.scheduledAt) ? { key: 'date' } : null,
  });

export function toLookBackInput(ids: string[], values: LookBackValues): OpenLookBackInput {
  return {
    followUpIds: ids,
    title: values.title.trim() || null,
    scheduledAt: values.scheduledAt ? fromLocalDateTimeInput(values.scheduledAt) : null,
  };
}

// ─── The department's updates ───

export interface ProgressValues {
  note: string;
  percent: number | null;
}
/** A progress update says what was done and how far along the work is; a report needs the note only. */
export function validateProgress(values: ProgressValues, report: boolean): FollowUpProblems {
  const percent = values.percent;
  return collect({
    note: checkField(values.note, { required: true, max: 5000 }),
    percent: report
      ? null
      : percent === null || !Number.isInteger(percent) || percent < 0 || percent > 100
        ? { key: 'range', min: 0, max: 100 }
        : null,
  });
}
