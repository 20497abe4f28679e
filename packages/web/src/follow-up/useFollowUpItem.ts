import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { computed, shallowRef, type ShallowRef } from 'vue';
import { client } from '../graphql/client';
import { i18n } from '../i18n';
import {
  AcceptFollowUpDocument,
  ApproveFollowUpDocument,
  CloseFollowUpDocument,
  DispatchFollowUpsDocument,
  EditFollowUpDocument,
  FollowUpItemDocument,
  InsistFollowUpDocument,
  LookBackSessionDocument,
  OpenLookBackDocument,
  PostProgressDocument,
  ReassignFollowUpDocument,
  ReturnFollowUpDocument,
  SendBackFollowUpDocument,
  SplitFollowUpDocument,
  SubmitReportDocument,
  type FollowUpDetail,
} from './operations';
import { followUpErrorMessage, isStale } from './followUpErrors';
import {
  toEditInput,
  toLookBackInput,
  toSplitInput,
  translateFollowUpProblems,
  validateEdit,
  validateLookBack,
  validateProgress,
  validateReason,
  validateReassign,
  validateSplit,
  type EditValues,
  type FollowUpProblem,
  type LookBackValues,
  type ProgressValues,
  type ReasonValues,
  type ReassignValues,
  type SplitPart,
} from './followUpForms';
import { classifyError, type ErrorMessage } from '../composables/useErrorMessage';
import { useDialogForm, type DialogFormOptions } from '../composables/useDialogForm';

const label = (key: string) => i18n.global.t(`followUp.${key}`);

/** One item with its timeline, for the staff detail page and the department's item page. */
export function useFollowUpItem(id: string) {
  return useFollowUpItemFrom(id, FollowUpItemDocument, followUpErrorMessage);
}

/**
 * One item read by a query that selects at least its detail (the representative's workspace adds
 * the supervisors and their scores), and the words for why it could not be read.
 */
export function useFollowUpItemFrom<T extends FollowUpDetail>(
  id: string,
  document: TypedDocumentNode<{ followUp: T }, { id: string }>,
  describeError: (error: unknown) => ErrorMessage | null,
) {
  const item = shallowRef<T | null>(null);
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const error = shallowRef<unknown>(null);

  async function reload() {
    if (!item.value) status.value = 'loading';
    const result = await client.query(document, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      item.value = result.data.followUp;
      error.value = null;
      status.value = 'ready';
    } else {
      error.value = result.error ?? new Error('empty response');
      // An item already shown stays readable; only its refresh failed.
      if (!item.value) status.value = 'error';
    }
  }

  const code = computed(() => classifyError(error.value)?.code ?? null);
  void reload();

  return {
    item,
    status,
    error,
    loadError: computed(() => describeError(error.value)?.message ?? ''),
    notFound: computed(() => code.value === 'NOT_FOUND'),
    forbidden: computed(() => code.value === 'FORBIDDEN'),
    reload,
    show: (changed: T) => (item.value = changed),
  };
}

/** How a form words its problems and the server's refusals. */
export type FollowUpFormWords<P> = Required<Pick<DialogFormOptions<P>, 'translateProblems' | 'describeServerError'>>;

const followUpWords: FollowUpFormWords<FollowUpProblem> = {
  translateProblems: translateFollowUpProblems,
  describeServerError: followUpErrorMessage,
};

/**
 * A dialog's form on the item shown: checked here, then sent; the answer replaces the item. The
 * server's refusal is shown by field; when the item moved on meanwhile, it is loaded afresh. The
 * follow-up words by default; the representative's workspace passes its own.
 */
export function useFollowUpForm<V, T extends FollowUpDetail = FollowUpDetail, P = FollowUpProblem>(
  item: ShallowRef<T | null>,
  options: {
    labels: () => Record<string, string>;
    validate: (values: V, item: T) => Partial<Record<string, P>>;
    send: (item: T, values: V) => Promise<{ data?: T | null; error?: unknown }>;
    show: (item: T) => void;
    reload: () => Promise<void>;
    words?: FollowUpFormWords<P>;
  },
) {
  const submitting = shallowRef(false);
  const words = options.words ?? (followUpWords as FollowUpFormWords<unknown> as FollowUpFormWords<P>);
  const form = useDialogForm<P>({ labels: options.labels, ...words });

  async function submit(values: V): Promise<boolean> {
    const current = item.value;
    if (!current || submitting.value) return false;
    form.reset();
    form.problems.value = options.validate(values, current);
    if (Object.keys(form.problems.value).length > 0) return false;
    submitting.value = true;
    try {
      const { data, error } = await options.send(current, values);
      if (!data) {
        form.serverError.value = error ?? new Error('empty response');
        if (isStale(error)) void options.reload();
        return false;
      }
      options.show(data);
      return true;
    } finally {
      submitting.value = false;
    }
  }

  return { submitting, fieldErrors: form.fieldErrors, formError: form.formError, submit, reset: form.reset };
}

export type FollowUpForm<V> = ReturnType<typeof useFollowUpForm<V>>;

/** The verbs that take a reason or a note, with whether the reason is required. */
export const REASON_VERBS = { insist: false, approve: false, sendBack: true, close: false, return: true } as const;
export type ReasonVerb = keyof typeof REASON_VERBS;

/** Staff verbs on the item shown (each a dialog), and the look-back session once opened. */
export function useStaffFollowUpActions(target: ReturnType<typeof useFollowUpItem>) {
  const { item, show, reload } = target;
  const base = { show, reload };

  const edit = useFollowUpForm<EditValues>(item, {
    ...base,
    labels: () => ({
      title: label('edit.itemTitle'),
      commitment: label('edit.commitment'),
      deadline: label('edit.deadline'),
      departmentId: label('edit.department'),
      coDepartmentIds: label('edit.coDepartments'),
    }),
    validate: (values) => validateEdit(values),
    send: async (current, values) => {
      const result = await client.mutation(EditFollowUpDocument, { input: toEditInput(current.id, values) }).toPromise();
      return { data: result.data?.editFollowUp, error: result.error };
    },
  });

  const split = useFollowUpForm<SplitPart[]>(item, {
    ...base,
    labels: () => ({
      parts: label('split.title'),
      title: label('split.partTitle'),
      departmentId: label('split.department'),
      deadline: label('split.deadline'),
      weight: label('split.weight'),
      ...Object.fromEntries(
        Array.from({ length: 20 }, (_, n) => [
          [`parts.${n}.title`, label('split.partTitle')],
          [`parts.${n}.departmentId`, label('split.department')],
          [`parts.${n}.deadline`, label('split.deadline')],
          [`parts.${n}.weight`, label('split.weight')],
        ]).flat(),
      ),
    }),
    validate: (parts) => validateSplit(parts),
    send: async (current, parts) => {
      const result = await client.mutation(SplitFollowUpDocument, { input: toSplitInput(current.id, parts) }).toPromise();
      return { data: result.data?.splitFollowUp, error: result.error };
    },
  });

  const reassign = useFollowUpForm<ReassignValues>(item, {
    ...base,
    labels: () => ({ departmentId: label('reassign.department'), note: label('reassign.note') }),
    validate: (values, current) => validateReassign(values, current.department.id),
    send: async (current, values) => {
      const input = { id: current.id, departmentId: values.departmentId, reason: values.note.trim() || null };
      const result = await client.mutation(ReassignFollowUpDocument, { input }).toPromise();
      return { data: result.data?.reassignFollowUp, error: result.error };
    },
  });

  const reasonDocuments = {
    insist: [InsistFollowUpDocument, 'insistFollowUp'],
    approve: [ApproveFollowUpDocument, 'approveFollowUp'],
    sendBack: [SendBackFollowUpDocument, 'sendBackFollowUp'],
    close: [CloseFollowUpDocument, 'closeFollowUp'],
  } as const;
  /** The verb the reason dialog is open for. */
  const reasonVerb = shallowRef<Exclude<ReasonVerb, 'return'>>('approve');
  const reason = useFollowUpForm<ReasonValues>(item, {
    ...base,
    labels: () => ({ reason: REASON_VERBS[reasonVerb.value] ? label('reason.label') : label('reason.note') }),
    validate: (values) => validateReason(values, REASON_VERBS[reasonVerb.value]),
    send: async (current, values) => {
      const [document, field] = reasonDocuments[reasonVerb.value];
      const result = await client.mutation(document, { input: { id: current.id, reason: values.reason.trim() || null } }).toPromise();
      const data = result.data as Record<string, FollowUpDetail> | undefined;
      return { data: data?.[field], error: result.error };
    },
  });

  // ─── 回头看 ───

  const lookBackSession = shallowRef<{ id: string; title: string; joinCode: string } | null>(null);
  const lookBack = useFollowUpForm<LookBackValues>(item, {
    ...base,
    labels: () => ({ title: label('lookBack.sessionTitle'), scheduledAt: label('lookBack.scheduledAt') }),
    validate: (values) => validateLookBack(values),
    send: async (current, values) => {
      const result = await client.mutation(OpenLookBackDocument, { input: toLookBackInput([current.id], values) }).toPromise();
      const opened = result.data?.openLookBack;
      if (!opened) return { error: result.error };
      const session = await client.query(LookBackSessionDocument, { id: opened.sessionId }, { requestPolicy: 'network-only' }).toPromise();
      // Without the code the host console link still works: the code shows there too.
      lookBackSession.value = {
        id: opened.sessionId,
        title: session.data?.session.title ?? '',
        joinCode: session.data?.session.joinCode ?? '',
      };
      return { data: opened.items.find((i) => i.id === current.id) ?? opened.items[0] };
    },
  });

  // ─── Dispatch one item (the board dispatches several) ───

  const dispatching = shallowRef(false);
  const dispatchError = shallowRef<unknown>(null);
  async function dispatch(): Promise<boolean> {
    const current = item.value;
    if (!current || dispatching.value) return false;
    dispatching.value = true;
    dispatchError.value = null;
    try {
      const result = await client.mutation(DispatchFollowUpsDocument, { ids: [current.id] }).toPromise();
      if (!result.data) {
        dispatchError.value = result.error ?? new Error('empty response');
        if (isStale(result.error)) void reload();
        return false;
      }
      await reload();
      return true;
    } finally {
      dispatching.value = false;
    }
  }

  return {
    edit,
    split,
    reassign,
    reason,
    reasonVerb,
    lookBack,
    lookBackSession,
    dispatch,
    dispatching,
    dispatchError: computed(() => followUpErrorMessage(dispatchError.value)?.message ?? null),
  };
}

/** The department's verbs on the item shown: accept at once; return, progress and report as forms. */
export function useDepartmentFollowUpActions(target: ReturnType<typeof useFollowUpItem>) {
  const { item, show, reload } = target;
  const base = { show, reload };

  const accepting = shallowRef(false);
  const acceptError = shallowRef<unknown>(null);
  async function accept(): Promise<boolean> {
    const current = item.value;
    if (!current || accepting.value) return false;
    accepting.value = true;
    acceptError.value = null;
    try {
      const result = await client.mutation(AcceptFollowUpDocument, { id: current.id }).toPromise();
      if (!result.data) {
        acceptError.value = result.error ?? new Error('empty response');
        if (isStale(result.error)) void reload();
        return false;
      }
      show(result.data.acceptFollowUp);
      return true;
    } finally {
      accepting.value = false;
    }
  }

  const returnForm = useFollowUpForm<ReasonValues>(item, {
    ...base,
    labels: () => ({ reason: label('reason.label') }),
    validate: (values) => validateReason(values, true),
    send: async (current, values) => {
      const result = await client.mutation(ReturnFollowUpDocument, { input: { id: current.id, reason: values.reason.trim() } }).toPromise();
      return { data: result.data?.returnFollowUp, error: result.error };
    },
  });

  const update = (report: boolean) =>
    useFollowUpForm<ProgressValues & { evidenceIds: string[] }>(item, {
      ...base,
      labels: () => ({
        note: label(report ? 'progress.reportNote' : 'progress.note'),
        percent: label('progress.percent'),
        evidenceIds: label('evidence.label'),
      }),
      validate: (values) => validateProgress(values, report),
      send: async (current, values) => {
        const input = {
          id: current.id,
          note: values.note.trim(),
          percent: report ? null : values.percent,
          evidenceIds: values.evidenceIds,
        };
        if (report) {
          const result = await client.mutation(SubmitReportDocument, { input }).toPromise();
          return { data: result.data?.submitFollowUpReport, error: result.error };
        }
        const result = await client.mutation(PostProgressDocument, { input }).toPromise();
        return { data: result.data?.postFollowUpProgress, error: result.error };
      },
    });

  return {
    accept,
    accepting,
    acceptError: computed(() => followUpErrorMessage(acceptError.value)?.message ?? null),
    returnForm,
    progress: update(false),
    report: update(true),
  };
}
