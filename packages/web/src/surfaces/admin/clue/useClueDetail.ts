import { shallowRef } from 'vue';
import type { AdminClueDuplicatesQuery, AdminClueSessionQuestionsQuery } from '../../../gql/graphql';
import { client } from '../../../graphql/client';
import { i18n } from '../../../i18n';
import {
  toAcceptInput,
  toFollowUpInput,
  validateFollowUp,
  type FollowUpValues,
  validateAccept,
  validateMerge,
  validateRefer,
  validateReject,
  validateReply,
  type AcceptValues,
  type ClueProblems,
  type MergeValues,
  type ReferValues,
  type RejectValues,
  type ReplyValues,
} from './clueActions';
import { clueErrorCode, clueErrorMessage } from './clueErrors';
import { translateSessionProblems, type SessionProblem } from '../session/sessionSettingsRules';
import type { AdminClue } from './useClueBoard';
import { useDialogForm } from '../../../composables/useDialogForm';
import { reloadOnSearch } from '../../../composables/useListPanel';
import { translateFollowUpProblems } from '../../../follow-up/followUpForms';
import type { ClueStatus } from '../../../gql/graphql';
import { questionFieldLabels } from '../session/useRunningOrder';
import {
  AcceptClueDocument,
  ClueDocument,
  CluesDocument,
  FollowUpFromClueDocument,
  UndoClueDecisionDocument,
  ClueDuplicatesDocument,
  MergeClueDocument,
  PublishClueDocument,
  ReassignClueRepresentativeDocument,
  ReferClueDocument,
  RejectClueDocument,
  ReplyToClueDocument,
  RevealPhoneDocument,
  SessionQuestionsDocument,
} from './operations';

export type ClueDuplicate = AdminClueDuplicatesQuery['clueDuplicates'][number];
export type ClueSessionQuestion = NonNullable<AdminClueSessionQuestionsQuery['session']>['questions'][number];

type Sent = Promise<{ data?: AdminClue | null; error?: unknown }>;

const label = (key: string) => i18n.global.t(`admin.clues.${key}`);

/**
 * One clue in the detail panel: the clue and its suggested duplicates, the audited phone reveal,
 * and the triage steps. Every step answers with the changed clue, which replaces the one shown
 * and is handed to `onChanged` (the board puts it in its list).
 */
export function useClueDetail(onChanged: (clue: AdminClue) => void) {
  const clue = shallowRef<AdminClue | null>(null);
  const status = shallowRef<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const loadError = shallowRef<unknown>(null);
  const duplicates = shallowRef<readonly ClueDuplicate[]>([]);
  const duplicatesStatus = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const duplicatesError = shallowRef<unknown>(null);
  /** The whole number once revealed for the clue shown; forgotten when another clue opens. */
  const phone = shallowRef<string | null>(null);
  const phoneStatus = shallowRef<'hidden' | 'loading' | 'shown' | 'none' | 'error'>('hidden');
  const phoneError = shallowRef<unknown>(null);
  let openedId: string | null = null;

  async function loadDuplicates(id: string) {
    duplicatesStatus.value = 'loading';
    const result = await client.query(ClueDuplicatesDocument, { clueId: id }, { requestPolicy: 'network-only' }).toPromise();
    if (openedId !== id) return;
    duplicatesError.value = result.error ?? null;
    duplicates.value = result.data?.clueDuplicates ?? [];
    duplicatesStatus.value = result.data ? 'ready' : 'error';
  }

  async function load(id: string) {
    if (!clue.value || clue.value.id !== id) status.value = 'loading';
    loadError.value = null;
    const result = await client.query(ClueDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (openedId !== id) return;
    if (result.data) {
      const known = clue.value;
      clue.value = result.data.clue;
      status.value = 'ready';
      // Changed since the list was read (someone else decided it): the list learns it too.
      if (known && JSON.stringify(known) !== JSON.stringify(result.data.clue)) onChanged(result.data.clue);
    } else {
      loadError.value = result.error ?? new Error('empty response');
      // A clue already shown (from the list) stays readable; only its refresh failed.
      if (!clue.value) status.value = 'error';
    }
  }

  /** Shows a clue: at once from what the list knows, then fresh from the server with its duplicates. */
  function open(id: string, known: AdminClue | null = null) {
    openedId = id;
    clue.value = known && known.id === id ? known : null;
    status.value = clue.value ? 'ready' : 'loading';
    duplicates.value = [];
    phone.value = null;
    phoneStatus.value = 'hidden';
    phoneError.value = null;
    void load(id);
    void loadDuplicates(id);
  }

  function close() {
    openedId = null;
    phone.value = null;
    phoneStatus.value = 'hidden';
  }

  function retry() {
    if (!openedId) return;
    void load(openedId);
    void loadDuplicates(openedId);
  }

  function show(changed: AdminClue) {
    if (changed.id === openedId) clue.value = changed;
    onChanged(changed);
    if (openedId) void loadDuplicates(openedId);
  }

  /** The whole number: each reveal is recorded in the audit log on the server. */
  async function revealPhone() {
    const id = openedId;
    if (!id || phoneStatus.value === 'loading') return;
    phoneStatus.value = 'loading';
    phoneError.value = null;
    const result = await client.mutation(RevealPhoneDocument, { clueId: id }).toPromise();
    if (openedId !== id) return;
    if (result.error || !result.data) {
      phoneError.value = result.error ?? new Error('empty response');
      phoneStatus.value = 'error';
      return;
    }
    phone.value = result.data.revealCluePhone ?? null;
    phoneStatus.value = phone.value ? 'shown' : 'none';
  }

  /** A triage dialog's form: checked here, then sent; the server's refusal is shown by field. */
  function useClueForm<V>(
    labels: () => Record<string, string>,
    validate: (values: V) => ClueProblems,
    send: (clueId: string, values: V) => Sent,
  ) {
    const submitting = shallowRef(false);
    const form = useDialogForm<SessionProblem>({
      labels,
      translateProblems: translateSessionProblems,
      describeServerError: clueErrorMessage,
    });

    async function submit(values: V): Promise<boolean> {
      const id = openedId;
      if (!id || submitting.value) return false;
      form.reset();
      form.problems.value = validate(values);
      if (Object.keys(form.problems.value).length > 0) return false;
      submitting.value = true;
      try {
        const { data, error } = await send(id, values);
        if (!data) {
          form.serverError.value = error ?? new Error('empty response');
          // Decided elsewhere meanwhile: show what it is now.
          if (clueErrorCode(error) === 'INVALID_PHASE') void load(id);
          return false;
        }
        show(data);
        return true;
      } finally {
        submitting.value = false;
      }
    }

    return { submitting, fieldErrors: form.fieldErrors, formError: form.formError, submit, reset: form.reset };
  }

  const accept = useClueForm<AcceptValues>(
    () => ({ sessionId: label('accept.session'), questionId: label('accept.question'), ...questionFieldLabels() }),
    validateAccept,
    async (clueId, values) => {
      const result = await client.mutation(AcceptClueDocument, { input: toAcceptInput(clueId, values) }).toPromise();
      return { data: result.data?.acceptClue, error: result.error };
    },
  );

  const merge = useClueForm<MergeValues>(
    () => ({ intoId: label('merge.into') }),
    validateMerge,
    async (clueId, values) => {
      const result = await client.mutation(MergeClueDocument, { clueId, intoId: values.intoId }).toPromise();
      return { data: result.data?.mergeClue, error: result.error };
    },
  );

  const reject = useClueForm<RejectValues>(
    () => ({ reason: label('reject.reason'), note: label('reject.note') }),
    validateReject,
    async (clueId, values) => {
      if (values.reason === '') return { error: new Error('no reason') };
      const input = { clueId, reason: values.reason, note: values.note.trim() || null };
      const result = await client.mutation(RejectClueDocument, { input }).toPromise();
      return { data: result.data?.rejectClue, error: result.error };
    },
  );

  const refer = useClueForm<ReferValues>(
    () => ({ departmentId: label('refer.department'), note: label('refer.note') }),
    validateRefer,
    async (clueId, values) => {
      const input = { clueId, departmentId: values.departmentId, note: values.note.trim() || null };
      const result = await client.mutation(ReferClueDocument, { input }).toPromise();
      return { data: result.data?.referClue, error: result.error };
    },
  );

  const reply = useClueForm<ReplyValues>(
    () => ({ reply: label('reply.reply') }),
    validateReply,
    async (clueId, values) => {
      const result = await client.mutation(ReplyToClueDocument, { input: { clueId, reply: values.reply.trim() } }).toPromise();
      return { data: result.data?.replyToClue, error: result.error };
    },
  );

  // The representative a clue is addressed to, changed by staff ('' for none).
  const reassignRepresentative = useClueForm<{ representativeId: string }>(
    () => ({ representativeId: i18n.global.t('admin.representatives.clueBoard.reassignTo') }),
    () => ({}),
    async (clueId, values) => {
      const variables = { clueId, representativeId: values.representativeId || null };
      const result = await client.mutation(ReassignClueRepresentativeDocument, variables).toPromise();
      return { data: result.data?.reassignClueRepresentative, error: result.error };
    },
  );

  const undoing = shallowRef(false);
  const undoError = shallowRef<unknown>(null);
  /** Takes back a rejection or merge (within the server's window, if nothing since depends on it). */
  async function undo(): Promise<boolean> {
    const id = openedId;
    if (!id || undoing.value) return false;
    undoing.value = true;
    undoError.value = null;
    try {
      const result = await client.mutation(UndoClueDecisionDocument, { clueId: id }).toPromise();
      if (!result.data) {
        undoError.value = result.error ?? new Error('empty response');
        void load(id);
        return false;
      }
      show(result.data.undoClueDecision);
      return true;
    } finally {
      undoing.value = false;
    }
  }

  // A follow-up item from the referred clue; the clue is read again to learn the item's id.
  const followUpSubmitting = shallowRef(false);
  const followUpForm = useDialogForm({
    labels: () => ({ commitment: label('followUp.commitment'), deadline: label('followUp.deadline') }),
    translateProblems: translateFollowUpProblems,
    describeServerError: clueErrorMessage,
  });
  async function submitFollowUp(values: FollowUpValues): Promise<string | null> {
    const id = openedId;
    if (!id || followUpSubmitting.value) return null;
    followUpForm.reset();
    followUpForm.problems.value = validateFollowUp(values);
    if (Object.keys(followUpForm.problems.value).length > 0) return null;
    followUpSubmitting.value = true;
    try {
      const result = await client.mutation(FollowUpFromClueDocument, { input: toFollowUpInput(id, values) }).toPromise();
      if (!result.data) {
        followUpForm.serverError.value = result.error ?? new Error('empty response');
        return null;
      }
      await load(id);
      return result.data.createFollowUpFromClue.id;
    } finally {
      followUpSubmitting.value = false;
    }
  }
  const followUp = {
    submitting: followUpSubmitting,
    fieldErrors: followUpForm.fieldErrors,
    formError: followUpForm.formError,
    submit: submitFollowUp,
    reset: followUpForm.reset,
  };

  const publishing = shallowRef(false);
  const publishError = shallowRef<unknown>(null);
  async function setPublished(published: boolean): Promise<boolean> {
    const id = openedId;
    if (!id || publishing.value) return false;
    publishing.value = true;
    publishError.value = null;
    try {
      const result = await client.mutation(PublishClueDocument, { clueId: id, published }).toPromise();
      if (!result.data) {
        publishError.value = result.error ?? new Error('empty response');
        return false;
      }
      show(result.data.setCluePublished);
      return true;
    } finally {
      publishing.value = false;
    }
  }

  return {
    clue,
    status,
    loadError,
    duplicates,
    duplicatesStatus,
    duplicatesError,
    phone,
    phoneStatus,
    phoneError,
    open,
    close,
    retry,
    revealPhone,
    accept,
    merge,
    reject,
    refer,
    reply,
    reassignRepresentative,
    undo,
    undoing,
    undoError,
    followUp,
    publishing,
    publishError,
    setPublished,
  };
}

/** The running order of the session a clue may join, for choosing an existing question. */
export function useSessionQuestions() {
  const questions = shallowRef<readonly ClueSessionQuestion[]>([]);
  const status = shallowRef<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const error = shallowRef<unknown>(null);
  let latest = 0;

  async function load(sessionId: string | null) {
    const current = ++latest;
    if (!sessionId) {
      questions.value = [];
      status.value = 'idle';
      return;
    }
    status.value = 'loading';
    const result = await client.query(SessionQuestionsDocument, { id: sessionId }, { requestPolicy: 'network-only' }).toPromise();
    if (current !== latest) return;
    error.value = result.error ?? null;
    questions.value = result.data?.session?.questions ?? [];
    status.value = result.data ? 'ready' : 'error';
  }

  return { questions, status, error, load };
}

/** Statuses a clue may be merged into (the server refuses a merged one). */
const MERGE_TARGETS: ClueStatus[] = ['SUBMITTED', 'ACCEPTED', 'REJECTED', 'REFERRED'];

/** The merge dialog's search of the whole board (the board's own search), run once typing pauses. */
export function useMergeSearch() {
  const text = shallowRef('');
  const found = shallowRef<readonly AdminClue[]>([]);
  const status = shallowRef<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const error = shallowRef<unknown>(null);
  let latest = 0;

  async function run() {
    const current = ++latest;
    const search = text.value.trim();
    if (!search) {
      found.value = [];
      status.value = 'idle';
      return;
    }
    status.value = 'loading';
    const filter = { search, statuses: MERGE_TARGETS };
    const result = await client.query(CluesDocument, { first: 10, filter }, { requestPolicy: 'network-only' }).toPromise();
    if (current !== latest) return;
    error.value = result.error ?? null;
    found.value = result.data?.clues.nodes ?? [];
    status.value = result.data ? 'ready' : 'error';
  }
  reloadOnSearch(() => text.value, run);

  function clear() {
    latest += 1;
    text.value = '';
    found.value = [];
    status.value = 'idle';
  }

  return { text, found, status, error, clear };
}
