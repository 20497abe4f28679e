import { checkField, translateDomainProblems, type Problem } from '../composables/validation';
import { fromLocalDateInput, toLocalDateInput } from './followUpForms';

// What the 催办 and 延期 forms and the escalation ladder check before asking the server (the rules
// the server enforces), in the words of followUp.deadlines.validation.

export type DeadlineProblem = Problem | { key: 'date' } | { key: 'past' } | { key: 'same' } | { key: 'afterDeadline'; date: string };
export type DeadlineProblems = Partial<Record<string, DeadlineProblem>>;

export interface NoteValues {
  note: string;
}
export interface ExtensionValues {
  /** YYYY-MM-DD, from a date input. */
  proposedDeadline: string;
  reason: string;
}

export function translateDeadlineProblems(problems: DeadlineProblems, labels: Record<string, string>): Record<string, string> {
  return translateDomainProblems(problems, labels, 'followUp.deadlines', ['date', 'past', 'same', 'afterDeadline']);
}

/** A note that must be written (a 催办, a refusal). */
export function validateNote(values: NoteValues): DeadlineProblems {
  const problem = checkField(values.note, { required: true, max: 1000 });
  return problem ? { note: problem } : {};
}

/**
 * 延期: a real day, not before today and after the current deadline's day, and a reason.
 * `formatDay` words the deadline in the message (年月日).
 */
export function validateExtension(
  values: ExtensionValues,
  currentDeadline: string,
  formatDay: (iso: string) => string,
  now: Date = new Date(),
): DeadlineProblems {
  const problems: DeadlineProblems = {};
  const day = values.proposedDeadline.trim();
  if (day === '') problems.proposedDeadline = { key: 'requiredSelect' };
  else if (fromLocalDateInput(day) === null) problems.proposedDeadline = { key: 'date' };
  else if (day < toLocalDateInput(now.toISOString())) problems.proposedDeadline = { key: 'past' };
  else if (day <= toLocalDateInput(currentDeadline)) problems.proposedDeadline = { key: 'afterDeadline', date: formatDay(currentDeadline) };
  const reason = checkField(values.reason, { required: true, max: 1000 });
  if (reason) problems.reason = reason;
  return problems;
}

/** Staff's change of a dispatched item's deadline: a real day, not in the past, not the current one, and a reason. */
export function validateDeadlineChange(values: ExtensionValues, currentDeadline: string, now: Date = new Date()): DeadlineProblems {
  const problems: DeadlineProblems = {};
  const day = values.proposedDeadline.trim();
  if (day === '') problems.proposedDeadline = { key: 'requiredSelect' };
  else if (fromLocalDateInput(day) === null) problems.proposedDeadline = { key: 'date' };
  else if (day < toLocalDateInput(now.toISOString())) problems.proposedDeadline = { key: 'past' };
  else if (day === toLocalDateInput(currentDeadline)) problems.proposedDeadline = { key: 'same' };
  const reason = checkField(values.reason, { required: true, max: 1000 });
  if (reason) problems.reason = reason;
  return problems;
}

export interface LadderStep {
  days: number | null;
  level: string;
}

/** The ladder's rungs: whole days from 1 to 250, strictly increasing, each level once. */
export function validateLadder(steps: readonly LadderStep[]): Partial<Record<string, 'days' | 'order' | 'level'>> {
  const problems: Partial<Record<string, 'days' | 'order' | 'level'>> = {};
  const seen = new Set<string>();
  steps.forEach((step, index) => {
    const previous = index > 0 ? steps[index - 1]!.days : null;
    if (step.days === null || !Number.isInteger(step.days) || step.days < 1 || step.days > 250) problems[`steps.${index}.days`] = 'days';
    else if (previous !== null && step.days <= previous) problems[`steps.${index}.days`] = 'order';
    if (seen.has(step.level)) problems[`steps.${index}.level`] = 'level';
    seen.add(step.level);
  });
  return problems;
}

/** Statuses in which the department owes work against the deadline: it may be urged and may ask for more time (the server's rule). */
export const WITH_DEPARTMENT = ['DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'SENT_BACK', 'REOPENED'] as const;
export const withDepartment = (status: string) => (WITH_DEPARTMENT as readonly string[]).includes(status);
