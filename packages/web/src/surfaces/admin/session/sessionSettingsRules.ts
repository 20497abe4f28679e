import type {
  BallotType,
  OnlineIdentity,
  PassingBase,
  QuorumFallback,
  SessionInput,
  SessionKind,
  StudioQuorum,
  VoteSettingsInput,
} from '../../../gql/graphql';
import { checkField, translateDomainProblems, type Problem, type Rule } from '../../../composables/validation';

// What the session form checks before asking the server, matching the limits the server enforces.

/** The form's fields, flat: the server names a bad setting `settings.onlineWeight`, read as `onlineWeight`. */
export interface SessionFormValues {
  /** Which vote this is; it decides the agenda items' subject and the rules' defaults. */
  kind: SessionKind;
  title: string;
  theme: string;
  /** As a `datetime-local` input holds it: local time, `YYYY-MM-DDTHH:mm`. */
  scheduledAt: string;
  streamUrl: string;
  windowSeconds: number | null;
  streamDelaySeconds: number | null;
  hideResultsUntilClosed: boolean;
  studioWeight: number | null;
  onlineWeight: number | null;
  /** Below this composite rate, 不满意. */
  satisfiedThreshold: number | null;
  /** At or above this, 满意; from satisfiedThreshold up to it, 基本满意. */
  satisfiedGrade: number | null;
  /** What a 票决 share is of: the valid ballots, or the whole roll. */
  passingBase: PassingBase;
  /** A motion or candidate passes with more than this share, percent (50: 过半数). */
  passingShare: number | null;
  studioQuorum: StudioQuorum;
  minOnlineBallots: number | null;
  quorumFallback: QuorumFallback;
  /** How an online voter is known: a device pass, a phone proven by SMS code, or a person on the imported roster. */
  onlineIdentity: OnlineIdentity;
}

export type NumberField =
  | 'windowSeconds'
  | 'streamDelaySeconds'
  | 'studioWeight'
  | 'onlineWeight'
  | 'satisfiedThreshold'
  | 'satisfiedGrade'
  | 'passingShare'
  | 'minOnlineBallots';

/** Inclusive bounds of each number, as the server validates them. */
export const NUMBER_LIMITS: Record<NumberField, { min: number; max: number }> = {
  windowSeconds: { min: 10, max: 600 },
  streamDelaySeconds: { min: 0, max: 120 },
  studioWeight: { min: 0, max: 100 },
  onlineWeight: { min: 0, max: 100 },
  satisfiedThreshold: { min: 0, max: 100 },
  satisfiedGrade: { min: 0, max: 100 },
  passingShare: { min: 0, max: 99 },
  minOnlineBallots: { min: 0, max: 1_000_000 },
};

/** The studio quorum choices, least strict first (the order of the form's list). */
export const STUDIO_QUORUMS = ['NONE', 'MAJORITY', 'TWO_THIRDS'] as const satisfies readonly StudioQuorum[];
export const QUORUM_FALLBACKS = ['OTHER_CHANNEL', 'NO_RESULT'] as const satisfies readonly QuorumFallback[];
/** The online identity tiers, least strict first (the order of the form's choices). */
export const ONLINE_IDENTITIES = ['DEVICE', 'PHONE_CODE', 'ROSTER'] as const satisfies readonly OnlineIdentity[];
export const PASSING_BASES = ['WHOLE_ROLL', 'VALID_BALLOTS'] as const satisfies readonly PassingBase[];

/** Tiers that prove a voter's phone by a text-message code, so they need an SMS gateway. */
export const needsSmsCode = (identity: OnlineIdentity) => identity === 'PHONE_CODE' || identity === 'ROSTER';

/** Every rule, each given (the input leaves them optional: one left out takes the kind's default). */
export type VoteSettings = { [K in keyof VoteSettingsInput]-?: NonNullable<VoteSettingsInput[K]> };

/** The server's defaults for a TV questioning session, used until the kinds' profiles have loaded. */
export const DEFAULT_SETTINGS: VoteSettings = {
  windowSeconds: 60,
  streamDelaySeconds: 0,
  hideResultsUntilClosed: false,
  studioWeight: 60,
  onlineWeight: 40,
  satisfiedThreshold: 60,
  satisfiedGrade: 80,
  passingBase: 'VALID_BALLOTS',
  passingShare: 50,
  studioQuorum: 'MAJORITY',
  minOnlineBallots: 0,
  quorumFallback: 'OTHER_CHANNEL',
  onlineIdentity: 'DEVICE',
};

/**
 * Studio ballots a round needs from a roll of `electorate` people for the studio to count, as the
 * server counts them (vote/result.ts): 过半数 is more than half, 三分之二 at least two thirds.
 */
export function studioBallotsRequired(rule: StudioQuorum, electorate: number): number {
  if (rule === 'MAJORITY') return Math.floor(electorate / 2) + 1;
  if (rule === 'TWO_THIRDS') return Math.max(1, Math.ceil((electorate * 2) / 3));
  return 1;
}

export type SessionProblem =
  | Problem
  | { key: 'range'; min: number; max: number }
  | { key: 'integer' }
  | { key: 'weightsSum'; sum: number }
  | { key: 'url' }
  | { key: 'dateTime' }
  | { key: 'gradeBelowThreshold'; threshold: number }
  | { key: 'candidatesTooFew' }
  | { key: 'candidatesDuplicate'; label: string }
  | { key: 'candidatesDepartment' }
  | { key: 'maxChoicesRange'; max: number };

const textRules: Record<'title' | 'theme' | 'streamUrl', Rule> = {
  title: { required: true, max: 100 },
  theme: { required: true, max: 100 },
  streamUrl: { max: 500 },
};

/** A new session's form: TV questioning with its defaults, or the given kind and rules. */
export function emptySessionForm(kind: SessionKind = 'TV_QUESTIONING', settings: VoteSettings = DEFAULT_SETTINGS): SessionFormValues {
  return { kind, title: '', theme: '', scheduledAt: '', streamUrl: '', ...settingsValues(settings) };
}

/** The form's rule fields alone: what a kind's defaults hold (the rules fieldset, SessionRulesFields). */
export type SessionRulesValues = Omit<SessionFormValues, 'kind' | 'title' | 'theme' | 'scheduledAt' | 'streamUrl'>;

/** The form's rule fields from a full set of rules (a kind's defaults, or a saved session's). */
export function settingsValues(settings: VoteSettings): SessionRulesValues {
  const {
    windowSeconds,
    streamDelaySeconds,
    hideResultsUntilClosed,
    studioWeight,
    onlineWeight,
    satisfiedThreshold,
    satisfiedGrade,
    passingBase,
    passingShare,
    studioQuorum,
    minOnlineBallots,
    quorumFallback,
    onlineIdentity,
  } = settings;
  return {
    windowSeconds,
    streamDelaySeconds,
    hideResultsUntilClosed,
    studioWeight,
    onlineWeight,
    satisfiedThreshold,
    satisfiedGrade,
    passingBase,
    passingShare,
    studioQuorum,
    minOnlineBallots,
    quorumFallback,
    onlineIdentity,
  };
}

/** Whether the form's rules are still exactly the given defaults (nothing the planner would lose on a reset). */
export function hasDefaultSettings(values: SessionFormValues, defaults: VoteSettings): boolean {
  const current = settingsValues(values as VoteSettings);
  return (Object.keys(current) as (keyof VoteSettings)[]).every((key) => current[key] === defaults[key]);
}

/** Which rules apply to a session of a kind voting with these ballots, with these weights. */
export interface ApplicableRules {
  /** 满意 / 基本满意 / 不满意 grades (satisfaction ballots). */
  grades: boolean;
  /** Passing base and share (approval and choose-up-to-N ballots). */
  passing: boolean;
  /** The online channel's own rules: minimum ballots, identity, stream delay. */
  online: boolean;
  /** The studio's quorum. */
  studio: boolean;
}

export function applicableRules(
  ballotTypes: readonly BallotType[],
  studioWeight: number | null,
  onlineWeight: number | null,
): ApplicableRules {
  return {
    grades: ballotTypes.includes('SATISFACTION'),
    passing: ballotTypes.some((type) => type !== 'SATISFACTION'),
    // A weight being edited (empty) keeps its channel's rules on screen.
    online: onlineWeight !== 0,
    studio: studioWeight !== 0,
  };
}

/** The grade a composite satisfaction rate gets under these lines, as the server grades it. */
export function gradeOf(
  rate: number,
  satisfiedGrade: number,
  satisfiedThreshold: number,
): 'SATISFIED' | 'BASICALLY_SATISFIED' | 'UNSATISFIED' {
  if (rate >= satisfiedGrade) return 'SATISFIED';
  return rate >= satisfiedThreshold ? 'BASICALLY_SATISFIED' : 'UNSATISFIED';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as the viewer's local `YYYY-MM-DDTHH:mm`, for a `datetime-local` input. */
export function toLocalDateTimeInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value (the viewer's local time) as an ISO instant, or null if it is not one. */
export function fromLocalDateTimeInput(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return null;
  // Without an offset, the ECMAScript date-time form is read as local time.
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Only web addresses the server accepts: http or https. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function checkNumber(value: number | null | undefined, field: NumberField): SessionProblem | null {
  if (value === null || value === undefined || Number.isNaN(value)) return { key: 'required' };
  if (!Number.isInteger(value)) return { key: 'integer' };
  const { min, max } = NUMBER_LIMITS[field];
  return value < min || value > max ? { key: 'range', min, max } : null;
}

/** The studio and online weights must add up to 100; only checked once both are valid numbers. */
export function checkWeights(studioWeight: number | null, onlineWeight: number | null): SessionProblem | null {
  if (checkNumber(studioWeight, 'studioWeight') || checkNumber(onlineWeight, 'onlineWeight')) return null;
  const sum = studioWeight! + onlineWeight!;
  return sum === 100 ? null : { key: 'weightsSum', sum };
}

export function validateSessionForm(values: SessionFormValues): Partial<Record<keyof SessionFormValues, SessionProblem>> {
  const problems: Partial<Record<keyof SessionFormValues, SessionProblem>> = {};
  for (const field of ['title', 'theme', 'streamUrl'] as const) {
    const problem = checkField(values[field], textRules[field]);
    if (problem) problems[field] = problem;
  }
  if (!problems.streamUrl && values.streamUrl.trim() !== '' && !isWebAddress(values.streamUrl)) problems.streamUrl = { key: 'url' };
  if (values.scheduledAt.trim() === '') problems.scheduledAt = { key: 'requiredSelect' };
  else if (fromLocalDateTimeInput(values.scheduledAt) === null) problems.scheduledAt = { key: 'dateTime' };
  return { ...problems, ...validateSessionRules(values) };
}

/** The rules alone, as a session's form and a kind's defaults check them (and the server after them). */
export function validateSessionRules(values: SessionRulesValues): Partial<Record<keyof SessionRulesValues, SessionProblem>> {
  const problems: Partial<Record<keyof SessionRulesValues, SessionProblem>> = {};
  for (const field of Object.keys(NUMBER_LIMITS) as NumberField[]) {
    const problem = checkNumber(values[field], field);
    if (problem) problems[field] = problem;
  }
  // Shown beside the online weight, where the server reports it too.
  const weights = checkWeights(values.studioWeight, values.onlineWeight);
  if (weights) problems.onlineWeight = weights;
  // Shown beside the 满意 line, where the server reports it too.
  if (!problems.satisfiedGrade && !problems.satisfiedThreshold && values.satisfiedGrade! < values.satisfiedThreshold!)
    problems.satisfiedGrade = { key: 'gradeBelowThreshold', threshold: values.satisfiedThreshold! };
  if (!(PASSING_BASES as readonly string[]).includes(values.passingBase)) problems.passingBase = { key: 'requiredSelect' };
  if (!(STUDIO_QUORUMS as readonly string[]).includes(values.studioQuorum)) problems.studioQuorum = { key: 'requiredSelect' };
  if (!(QUORUM_FALLBACKS as readonly string[]).includes(values.quorumFallback)) problems.quorumFallback = { key: 'requiredSelect' };
  if (!(ONLINE_IDENTITIES as readonly string[]).includes(values.onlineIdentity)) problems.onlineIdentity = { key: 'requiredSelect' };
  return problems;
}

/** The form as the API's input; call after `validateSessionForm` found nothing. */
export function toSessionInput(values: SessionFormValues): SessionInput {
  return {
    kind: values.kind,
    title: values.title.trim(),
    theme: values.theme.trim(),
    scheduledAt: fromLocalDateTimeInput(values.scheduledAt) ?? '',
    streamUrl: values.streamUrl.trim() || null,
    settings: toVoteSettingsInput(values),
  };
}

/** The rule fields as the API's settings, every one given; call after `validateSessionRules` found nothing. */
export function toVoteSettingsInput(values: SessionRulesValues): VoteSettings {
  const number = (field: NumberField) => values[field] ?? DEFAULT_SETTINGS[field];
  return {
    windowSeconds: number('windowSeconds'),
    streamDelaySeconds: number('streamDelaySeconds'),
    hideResultsUntilClosed: values.hideResultsUntilClosed,
    studioWeight: number('studioWeight'),
    onlineWeight: number('onlineWeight'),
    satisfiedThreshold: number('satisfiedThreshold'),
    satisfiedGrade: number('satisfiedGrade'),
    passingBase: values.passingBase,
    passingShare: number('passingShare'),
    studioQuorum: values.studioQuorum,
    minOnlineBallots: number('minOnlineBallots'),
    quorumFallback: values.quorumFallback,
    onlineIdentity: values.onlineIdentity,
  };
}

export interface PlannedSession {
  kind: SessionKind;
  title: string;
  theme: string;
  scheduledAt: string;
  streamUrl?: string | null;
  settings: VoteSettings;
}

export function fromSession(session: PlannedSession): SessionFormValues {
  return {
    kind: session.kind,
    title: session.title,
    theme: session.theme,
    scheduledAt: toLocalDateTimeInput(session.scheduledAt),
    streamUrl: session.streamUrl ?? '',
    ...settingsValues(session.settings),
  };
}

/** Settings are frozen once the session goes on air. */
export const isFrozen = (status: string) => status === 'LIVE' || status === 'ENDED';

/** One translated message per problem; the shared messages cover the common ones. */
export function translateSessionProblems(
  problems: Partial<Record<string, SessionProblem>>,
  labels: Record<string, string>,
): Record<string, string> {
  return translateDomainProblems(problems, labels, 'sessions', [
    'range',
    'integer',
    'weightsSum',
    'url',
    'dateTime',
    'gradeBelowThreshold',
    'candidatesTooFew',
    'candidatesDuplicate',
    'candidatesDepartment',
    'maxChoicesRange',
  ]);
}
