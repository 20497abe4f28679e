import { computed, reactive, shallowRef } from 'vue';
import { client } from '../../../graphql/client';
import { i18n } from '../../../i18n';
import { useSessionErrorMessage } from '../../../session/sessionErrors';
import type { SessionKind, SubjectKind } from '../../../gql/graphql';
import { KindDefaultsDocument, ResetKindDefaultsDocument, SetKindDefaultsDocument, type KindDefaults } from './operations';
import {
  DEFAULT_SETTINGS,
  settingsValues,
  toVoteSettingsInput,
  translateSessionProblems,
  validateSessionRules,
  type SessionProblem,
  type SessionRulesValues,
} from './sessionSettingsRules';
import { sessionFieldLabels } from './useSessionEditor';

// Each kind's default rules, as staff adjust them (测评规则默认值): a new session of the kind starts
// from them; sessions planned before keep their own rules.

/**
 * Subjects whose kinds use the months for 二次办理: the server sets a redo deadline only for a report
 * rated 不满意 (follow-up.drafts.ts); an answer's item always takes the board's usual deadline.
 */
export const REDO_SUBJECTS: readonly SubjectKind[] = ['REPORT'];
export const takesRedoMonths = (subject: SubjectKind) => REDO_SUBJECTS.includes(subject);

/** Inclusive bounds of the redo months, as the server validates them; empty means the board's usual deadline. */
export const REDO_MONTHS = { min: 1, max: 24 } as const;

/** The rules of a kind and the months it gives for 二次办理 (null: the board's usual deadline). */
export interface KindDefaultsValues extends SessionRulesValues {
  redoMonths: number | null;
}

export function checkRedoMonths(value: number | null | undefined): SessionProblem | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value)) return { key: 'integer' };
  return value < REDO_MONTHS.min || value > REDO_MONTHS.max ? { key: 'range', ...REDO_MONTHS } : null;
}

/** The form's values for a kind's saved defaults. */
export const kindDefaultsValues = (profile: Pick<KindDefaults, 'settings' | 'redoMonths'>): KindDefaultsValues => ({
  ...settingsValues(profile.settings),
  redoMonths: profile.redoMonths ?? null,
});

/** Whether the form still holds exactly the kind's saved defaults. */
export function sameDefaults(values: KindDefaultsValues, profile: Pick<KindDefaults, 'settings' | 'redoMonths'>): boolean {
  const saved = kindDefaultsValues(profile);
  return (Object.keys(saved) as (keyof KindDefaultsValues)[]).every((key) => values[key] === saved[key]);
}

/** The kinds with their defaults, one of them edited at a time. */
export function useKindDefaults() {
  const profiles = shallowRef<readonly KindDefaults[]>([]);
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<unknown>(null);
  const kind = shallowRef<SessionKind | null>(null);
  const values = reactive<KindDefaultsValues>({ ...settingsValues(DEFAULT_SETTINGS), redoMonths: null });
  const saving = shallowRef(false);
  const resetting = shallowRef(false);
  const problems = shallowRef<Partial<Record<string, SessionProblem>>>({});
  const serverError = shallowRef<unknown>(null);

  const profile = computed(() => profiles.value.find((p) => p.kind === kind.value) ?? null);
  const showsRedoMonths = computed(() => (profile.value ? takesRedoMonths(profile.value.subject) : false));
  /** Edited and not saved: switching kinds or leaving asks first. */
  const dirty = computed(() => (profile.value ? !sameDefaults(values, profile.value) : false));

  const labels = computed(() => ({ ...sessionFieldLabels(), redoMonths: i18n.global.t('sessions.kindDefaults.redoMonths') }));
  const server = useSessionErrorMessage(serverError, labels);
  const fieldErrors = computed<Record<string, string>>(() => ({
    ...server.value?.fields,
    ...translateSessionProblems(problems.value, labels.value),
  }));
  const formError = computed(() => server.value?.message ?? null);

  function resetErrors() {
    problems.value = {};
    serverError.value = null;
  }

  function fill(next: KindDefaults) {
    Object.assign(values, kindDefaultsValues(next));
    resetErrors();
  }

  /** Reads every kind's defaults (again); the kind being edited keeps unsaved edits. */
  async function load(): Promise<void> {
    if (profiles.value.length === 0) status.value = 'loading';
    const result = await client.query(KindDefaultsDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    if (!result.data) {
      loadError.value = result.error ?? new Error('empty response');
      if (profiles.value.length === 0) status.value = 'error';
      return;
    }
    const keepEdits = dirty.value;
    profiles.value = result.data.sessionKindProfiles;
    loadError.value = null;
    status.value = 'ready';
    if (!profile.value) kind.value = profiles.value[0]?.kind ?? null;
    if (profile.value && !keepEdits) fill(profile.value);
  }

  /** Edits another kind; the page asks first when the form is dirty. */
  function select(next: SessionKind) {
    if (next === kind.value) return;
    kind.value = next;
    if (profile.value) fill(profile.value);
  }

  /** Puts back the kind's saved defaults. */
  function discard() {
    if (profile.value) fill(profile.value);
  }

  function replace(updated: KindDefaults) {
    profiles.value = profiles.value.map((p) => (p.kind === updated.kind ? updated : p));
    if (updated.kind === kind.value) fill(updated);
  }

  /** Checks and saves the kind's defaults; the saved profile, or null when something is wrong. */
  async function save(): Promise<KindDefaults | null> {
    const current = profile.value;
    if (!current || saving.value || resetting.value) return null;
    resetErrors();
    const found: Partial<Record<string, SessionProblem>> = validateSessionRules(values);
    const redo = showsRedoMonths.value ? checkRedoMonths(values.redoMonths) : null;
    if (redo) found.redoMonths = redo;
    problems.value = found;
    if (Object.keys(found).length > 0) return null;
    saving.value = true;
    try {
      const input = {
        kind: current.kind,
        settings: toVoteSettingsInput(values),
        // A kind that never uses the months keeps what it has.
        redoMonths: showsRedoMonths.value ? values.redoMonths : (current.redoMonths ?? null),
      };
      const result = await client.mutation(SetKindDefaultsDocument, { input }).toPromise();
      const saved = result.data?.setSessionKindDefaults;
      if (!saved) {
        serverError.value = result.error ?? new Error('empty response');
        return null;
      }
      replace(saved);
      return saved;
    } finally {
      saving.value = false;
    }
  }

  /** Goes back to the rules the product ships for the kind; the profile, or null when refused. */
  async function reset(): Promise<KindDefaults | null> {
    const current = profile.value;
    if (!current || saving.value || resetting.value) return null;
    resetErrors();
    resetting.value = true;
    try {
      const result = await client.mutation(ResetKindDefaultsDocument, { kind: current.kind }).toPromise();
      const shipped = result.data?.resetSessionKindDefaults;
      if (!shipped) {
        serverError.value = result.error ?? new Error('empty response');
        return null;
      }
      replace(shipped);
      return shipped;
    } finally {
      resetting.value = false;
    }
  }

  return {
    profiles,
    status,
    loadError: useSessionErrorMessage(loadError),
    kind,
    profile,
    values,
    dirty,
    showsRedoMonths,
    saving,
    resetting,
    fieldErrors,
    formError,
    load,
    select,
    discard,
    save,
    reset,
  };
}
