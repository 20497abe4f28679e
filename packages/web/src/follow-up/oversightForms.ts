import type { AccountabilityMeasure, MediationDecision, MediationSide, OversightBody } from '../gql/graphql';
import { checkField, translateDomainProblems, type Problem } from '../composables/validation';
import { fromLocalDateInput, toLocalDateInput } from './followUpForms';

// What the 三方见面 and 问责 forms check before asking the server (the rules it enforces), in the
// words of followUp.oversight.validation.

export type OversightProblem = Problem | { key: 'date' } | { key: 'future' } | { key: 'sides' };
export type OversightProblems = Partial<Record<string, OversightProblem>>;

export const MEDIATION_SIDES = ['PROPOSER', 'SUPERVISOR', 'HANDLER'] as const satisfies readonly MediationSide[];
export const ACCOUNTABILITY_MEASURES = [
  'TALK',
  'CIRCULATED_CRITICISM',
  'ADMONITION',
  'ORGANIZATIONAL',
  'DISCIPLINARY',
] as const satisfies readonly AccountabilityMeasure[];
export const OVERSIGHT_BODIES = ['DISCIPLINE', 'PROCURATORATE', 'AUDIT'] as const satisfies readonly OversightBody[];

export interface ParticipantValues {
  name: string;
  side: MediationSide;
}
export interface MediationValues {
  /** YYYY-MM-DD */
  heldOn: string;
  participants: ParticipantValues[];
  outcome: string;
  decision: MediationDecision;
  minutesIds: string[];
}
export interface AccountabilityValues {
  kind: 'MEASURE' | 'REFERRAL';
  officialName: string;
  officialPost: string;
  measure: AccountabilityMeasure;
  issuedBy: string;
  body: OversightBody;
  referenceNumber: string;
  /** YYYY-MM-DD: issued or referred on. */
  takenOn: string;
  note: string;
  published: boolean;
}

export function translateOversightProblems(problems: OversightProblems, labels: Record<string, string>): Record<string, string> {
  return translateDomainProblems(problems, labels, 'followUp.oversight', ['date', 'future', 'sides']);
}

/** A real day that has already come (the meeting was held, the measure issued). */
function pastDay(value: string, now: Date): OversightProblem | null {
  const day = value.trim();
  if (day === '') return { key: 'requiredSelect' };
  if (fromLocalDateInput(day) === null) return { key: 'date' };
  if (day > toLocalDateInput(now.toISOString())) return { key: 'future' };
  return null;
}

/** 三方见面: the date, someone named for each of 提、督、办 (lines left blank are dropped), and the outcome. */
export function validateMediation(values: MediationValues, now: Date = new Date()): OversightProblems {
  const problems: OversightProblems = {};
  const day = pastDay(values.heldOn, now);
  if (day) problems.heldOn = day;
  const named = values.participants.filter((p) => p.name.trim());
  if (!MEDIATION_SIDES.every((side) => named.some((p) => p.side === side))) problems.participants = { key: 'sides' };
  const outcome = checkField(values.outcome, { required: true, max: 5000 });
  if (outcome) problems.outcome = outcome;
  return problems;
}

/** 问责: a measure names the official, post and issuer; a referral its 文号; both a day that has come. */
export function validateAccountability(values: AccountabilityValues, now: Date = new Date()): OversightProblems {
  const problems: OversightProblems = {};
  const fields: [keyof AccountabilityValues, number][] =
    values.kind === 'MEASURE'
      ? [
          ['officialName', 50],
          ['officialPost', 100],
          ['issuedBy', 100],
        ]
      : [['referenceNumber', 100]];
  for (const [field, max] of fields) {
    const problem = checkField(values[field] as string, { required: true, max });
    if (problem) problems[field] = problem;
  }
  const day = pastDay(values.takenOn, now);
  if (day) problems.takenOn = day;
  const note = checkField(values.note, { max: 1000 });
  if (note) problems.note = note;
  return problems;
}

/** Returning a department's text needs the reason it will read. */
export function validateReturnReason(values: { note: string }): OversightProblems {
  const problem = checkField(values.note, { required: true, max: 500 });
  return problem ? { note: problem } : {};
}
