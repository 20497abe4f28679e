import { computed, shallowRef } from 'vue';
import { client } from '../graphql/client';
import { i18n } from '../i18n';
import type { DeadlineKind, EscalationLevel } from '../gql/graphql';
import {
  DeadlineSettingsDocument,
  RemoveHolidayOverrideDocument,
  SetDeadlineDefaultDocument,
  SetEscalationLadderDocument,
  SetHolidayOverrideDocument,
  type DeadlineSettingsView,
} from './deadlineOperations';
import { SetProgressReviewDocument } from './oversightOperations';
import { validateLadder, type LadderStep } from './deadlineForms';
import { followUpErrorMessage } from './followUpErrors';

const t = (key: string, values: Record<string, unknown> = {}) => i18n.global.t(`followUp.settings.${key}`, values);

/** The staff settings of the deadline rules: load, then save each part; the server's answer replaces the view. */
export function useDeadlineSettings() {
  const settings = shallowRef<DeadlineSettingsView | null>(null);
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef('');
  const saving = shallowRef<string | null>(null);
  /** The last refusal, in words, with the field the server named (e.g. `steps.1.days`). */
  const error = shallowRef<{ message: string; field: string | null } | null>(null);
  /** The ladder being edited, rung by rung. */
  const ladder = shallowRef<LadderStep[]>([]);
  const ladderProblems = computed(() => validateLadder(ladder.value));

  function take(next: DeadlineSettingsView) {
    settings.value = next;
    ladder.value = next.ladder.map((s) => ({ days: s.days, level: s.level }));
  }

  async function load() {
    const result = await client.query(DeadlineSettingsDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      take(result.data.deadlineSettings);
      status.value = 'ready';
    } else {
      loadError.value = followUpErrorMessage(result.error)?.message ?? '';
      status.value = 'error';
    }
  }

  async function run(part: string, send: () => Promise<{ data?: DeadlineSettingsView | null; error?: unknown }>): Promise<boolean> {
    if (saving.value) return false;
    saving.value = part;
    error.value = null;
    try {
      const { data, error: failure } = await send();
      if (!data) {
        const described = followUpErrorMessage(failure);
        const [field] = Object.keys(described?.fields ?? {});
        error.value = { message: (field && described?.fields[field]) || described?.message || '', field: field ?? null };
        return false;
      }
      take(data);
      return true;
    } finally {
      saving.value = null;
    }
  }

  const saveDefault = (kind: DeadlineKind, workingDays: number) =>
    run(`default-${kind}`, async () => {
      const result = await client.mutation(SetDeadlineDefaultDocument, { input: { kind, workingDays } }).toPromise();
      return { data: result.data?.setDeadlineDefault, error: result.error };
    });

  async function saveLadder(): Promise<boolean> {
    if (Object.keys(ladderProblems.value).length > 0) return false;
    return run('ladder', async () => {
      const steps = ladder.value.map((s) => ({ days: s.days ?? 0, level: s.level as EscalationLevel }));
      const result = await client.mutation(SetEscalationLadderDocument, { input: { steps } }).toPromise();
      return { data: result.data?.setEscalationLadder, error: result.error };
    });
  }

  const saveOverride = (input: { date: string; working: boolean; note: string }) =>
    run('override', async () => {
      const result = await client.mutation(SetHolidayOverrideDocument, { input: { ...input, note: input.note.trim() } }).toPromise();
      return { data: result.data?.setHolidayOverride, error: result.error };
    });

  const removeOverride = (date: string) =>
    run(`remove-${date}`, async () => {
      const result = await client.mutation(RemoveHolidayOverrideDocument, { date }).toPromise();
      return { data: result.data?.removeHolidayOverride, error: result.error };
    });

  /** Staff review of department text before the public sees it. */
  const saveProgressReview = (enabled: boolean) =>
    run('progressReview', async () => {
      const result = await client.mutation(SetProgressReviewDocument, { enabled }).toPromise();
      return { data: result.data?.setFollowUpProgressReview, error: result.error };
    });

  /** The ladder problem of a rung's field, in words. */
  const ladderMessage = (field: string) => {
    const problem = ladderProblems.value[field];
    if (!problem) return error.value?.field === field ? error.value.message : '';
    return t(`problem.${problem}`);
  };

  return {
    settings,
    status,
    loadError,
    saving,
    error,
    ladder,
    ladderProblems,
    ladderMessage,
    load,
    saveDefault,
    saveLadder,
    saveOverride,
    removeOverride,
    saveProgressReview,
  };
}
