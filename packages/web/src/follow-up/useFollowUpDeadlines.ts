import { shallowRef } from 'vue';
import { client } from '../graphql/client';
import { i18n } from '../i18n';
import { ChangeDeadlineDocument, DecideExtensionDocument, RequestExtensionDocument, UrgeFollowUpDocument } from './deadlineOperations';
import {
  translateDeadlineProblems,
  validateDeadlineChange,
  validateExtension,
  validateNote,
  type DeadlineProblem,
  type ExtensionValues,
  type NoteValues,
} from './deadlineForms';
import { followUpErrorMessage, isStale } from './followUpErrors';
import { formatFollowUpDay } from './followUpDay';
import { useFollowUpForm, type FollowUpFormWords, type useFollowUpItem } from './useFollowUpItem';

/** A deadline is a China date (the server ends it at 23:59:59 China time): the chosen day is sent as its noon there. */
const chinaNoon = (day: string) => `${day}T12:00:00+08:00`;
const label = (key: string) => i18n.global.t(`followUp.deadlines.${key}`);
const words: FollowUpFormWords<DeadlineProblem> = {
  translateProblems: translateDeadlineProblems,
  describeServerError: followUpErrorMessage,
};

/** Staff's 催办 and their decision on a pending extension request, on the item shown. */
export function useStaffDeadlineActions(target: ReturnType<typeof useFollowUpItem>) {
  const { item, show, reload } = target;
  const base = { show, reload, words };

  const urge = useFollowUpForm<NoteValues, NonNullable<typeof item.value>, DeadlineProblem>(item, {
    ...base,
    labels: () => ({ note: label('urgeNote') }),
    validate: (values) => validateNote(values),
    send: async (current, values) => {
      const result = await client.mutation(UrgeFollowUpDocument, { input: { id: current.id, note: values.note.trim() } }).toPromise();
      return { data: result.data?.urgeFollowUp, error: result.error };
    },
  });

  /** Staff set a new deadline with the reason (the timeline records both). */
  const change = useFollowUpForm<ExtensionValues, NonNullable<typeof item.value>, DeadlineProblem>(item, {
    ...base,
    labels: () => ({ proposedDeadline: label('newDeadline'), reason: label('changeReason'), deadline: label('newDeadline') }),
    validate: (values, current) => validateDeadlineChange(values, current.deadline),
    send: async (current, values) => {
      const input = { id: current.id, deadline: chinaNoon(values.proposedDeadline), reason: values.reason.trim() };
      const result = await client.mutation(ChangeDeadlineDocument, { input }).toPromise();
      return { data: result.data?.changeFollowUpDeadline, error: result.error };
    },
  });

  /** The request being refused (the refusal dialog's). */
  const refusing = shallowRef<string | null>(null);
  const refuse = useFollowUpForm<NoteValues, NonNullable<typeof item.value>, DeadlineProblem>(item, {
    ...base,
    labels: () => ({ note: label('refuseNote') }),
    validate: (values) => validateNote(values),
    send: async (_, values) => {
      const input = { requestId: refusing.value ?? '', approve: false, note: values.note.trim() };
      const result = await client.mutation(DecideExtensionDocument, { input }).toPromise();
      return { data: result.data?.decideFollowUpExtension, error: result.error };
    },
  });

  const approving = shallowRef(false);
  const approveError = shallowRef<unknown>(null);
  async function approve(requestId: string): Promise<boolean> {
    if (approving.value) return false;
    approving.value = true;
    approveError.value = null;
    try {
      const result = await client.mutation(DecideExtensionDocument, { input: { requestId, approve: true } }).toPromise();
      if (!result.data) {
        approveError.value = result.error ?? new Error('empty response');
        if (isStale(result.error)) void reload();
        return false;
      }
      show(result.data.decideFollowUpExtension);
      return true;
    } finally {
      approving.value = false;
    }
  }

  return {
    urge,
    change,
    refuse,
    refusing,
    approve,
    approving,
    approveError: () => followUpErrorMessage(approveError.value)?.message ?? null,
  };
}

/** The department's 延期申请 on the item shown. */
export function useExtensionRequest(target: ReturnType<typeof useFollowUpItem>) {
  const { item, show, reload } = target;
  return useFollowUpForm<ExtensionValues, NonNullable<typeof item.value>, DeadlineProblem>(item, {
    show,
    reload,
    words,
    labels: () => ({ proposedDeadline: label('proposedDeadline'), reason: label('reason') }),
    validate: (values, current) => validateExtension(values, current.deadline, formatFollowUpDay),
    send: async (current, values) => {
      const input = { id: current.id, proposedDeadline: chinaNoon(values.proposedDeadline), reason: values.reason.trim() };
      const result = await client.mutation(RequestExtensionDocument, { input }).toPromise();
      return { data: result.data?.requestFollowUpExtension, error: result.error };
    },
  });
}
