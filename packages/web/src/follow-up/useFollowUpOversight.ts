import { shallowRef } from 'vue';
import { client } from '../graphql/client';
import { i18n } from '../i18n';
import {
  PublishAccountabilityDocument,
  RecordAccountabilityMeasureDocument,
  RecordMediationDocument,
  RecordOversightReferralDocument,
  ReviewFollowUpTextDocument,
} from './oversightOperations';
import {
  translateOversightProblems,
  validateAccountability,
  validateMediation,
  validateReturnReason,
  type AccountabilityValues,
  type MediationValues,
  type OversightProblem,
} from './oversightForms';
import { followUpErrorMessage, isStale } from './followUpErrors';
import { useFollowUpForm, type FollowUpFormWords, type useFollowUpItem } from './useFollowUpItem';

const label = (key: string) => i18n.global.t(`followUp.oversight.${key}`);
const words: FollowUpFormWords<OversightProblem> = {
  translateProblems: translateOversightProblems,
  describeServerError: followUpErrorMessage,
};
const trimmed = (value: string) => value.trim() || null;

/** Staff's review of department text, 三方见面 and 问责 on the item shown. */
export function useStaffOversightActions(target: ReturnType<typeof useFollowUpItem>) {
  const { item, show, reload } = target;
  const base = { show, reload, words };
  type Item = NonNullable<typeof item.value>;

  /** The step whose text is being returned (the return dialog's). */
  const returning = shallowRef<string | null>(null);
  const returnText = useFollowUpForm<{ note: string }, Item, OversightProblem>(item, {
    ...base,
    labels: () => ({ note: label('returnReason') }),
    validate: (values) => validateReturnReason(values),
    send: async (_, values) => {
      const input = { eventId: returning.value ?? '', approve: false, reason: values.note.trim() };
      const result = await client.mutation(ReviewFollowUpTextDocument, { input }).toPromise();
      return { data: result.data?.reviewFollowUpText, error: result.error };
    },
  });

  const mediation = useFollowUpForm<MediationValues, Item, OversightProblem>(item, {
    ...base,
    labels: () => ({
      heldOn: label('heldOn'),
      outcome: label('outcome'),
      participants: label('participants'),
      name: label('participantName'),
    }),
    validate: (values) => validateMediation(values),
    send: async (current, values) => {
      const input = {
        id: current.id,
        heldOn: values.heldOn,
        participants: values.participants.filter((p) => p.name.trim()).map((p) => ({ name: p.name.trim(), side: p.side })),
        outcome: values.outcome.trim(),
        decision: values.decision,
        minutesIds: values.minutesIds,
      };
      const result = await client.mutation(RecordMediationDocument, { input }).toPromise();
      return { data: result.data?.recordFollowUpMediation, error: result.error };
    },
  });

  const accountability = useFollowUpForm<AccountabilityValues, Item, OversightProblem>(item, {
    ...base,
    labels: () => ({
      officialName: label('officialName'),
      officialPost: label('officialPost'),
      issuedBy: label('issuedBy'),
      referenceNumber: label('referenceNumber'),
      takenOn: label('takenOn'),
      issuedOn: label('takenOn'),
      referredOn: label('takenOn'),
      note: label('note'),
    }),
    validate: (values) => validateAccountability(values),
    send: async (current, values) => {
      if (values.kind === 'MEASURE') {
        const input = {
          id: current.id,
          officialName: values.officialName.trim(),
          officialPost: values.officialPost.trim(),
          measure: values.measure,
          issuedBy: values.issuedBy.trim(),
          issuedOn: values.takenOn,
          note: trimmed(values.note),
          published: values.published,
        };
        const result = await client.mutation(RecordAccountabilityMeasureDocument, { input }).toPromise();
        return { data: result.data?.recordAccountabilityMeasure, error: result.error };
      }
      const input = {
        id: current.id,
        body: values.body,
        referenceNumber: values.referenceNumber.trim(),
        referredOn: values.takenOn,
        note: trimmed(values.note),
        published: values.published,
      };
      const result = await client.mutation(RecordOversightReferralDocument, { input }).toPromise();
      return { data: result.data?.recordOversightReferral, error: result.error };
    },
  });

  // Approving a text and publishing a record are one click each: busy while sent, an error line when refused.
  const busy = shallowRef<string | null>(null);
  const quickError = shallowRef<unknown>(null);
  async function quick(key: string, run: () => Promise<{ data?: Item | null; error?: unknown }>): Promise<boolean> {
    if (busy.value) return false;
    busy.value = key;
    quickError.value = null;
    try {
      const { data, error } = await run();
      if (!data) {
        quickError.value = error ?? new Error('empty response');
        if (isStale(error)) void reload();
        return false;
      }
      show(data);
      return true;
    } finally {
      busy.value = null;
    }
  }
  const approveText = (eventId: string) =>
    quick(`approve:${eventId}`, async () => {
      const result = await client.mutation(ReviewFollowUpTextDocument, { input: { eventId, approve: true } }).toPromise();
      return { data: result.data?.reviewFollowUpText, error: result.error };
    });
  const publish = (recordId: string, published: boolean) =>
    quick(`publish:${recordId}`, async () => {
      const result = await client.mutation(PublishAccountabilityDocument, { input: { recordId, published } }).toPromise();
      return { data: result.data?.publishAccountability, error: result.error };
    });

  return {
    returning,
    returnText,
    mediation,
    accountability,
    approveText,
    publish,
    busy,
    quickError: () => followUpErrorMessage(quickError.value)?.message ?? null,
  };
}
