import { shallowRef } from 'vue';
import { client } from '../graphql/client';
import type { FollowUpDocumentKind, FollowUpDocumentsQuery } from '../gql/graphql';
import { useDialogForm } from '../composables/useDialogForm';
import { i18n } from '../i18n';
import { translateDeadlineProblems, validateNote, type DeadlineProblem, type NoteValues } from './deadlineForms';
import { FollowUpDocumentsDocument, IssueFollowUpDocumentDocument } from './documentOperations';
import { followUpErrorMessage } from './followUpErrors';

export type FollowUpDocumentRow = FollowUpDocumentsQuery['followUpDocuments'][number];
/** The kinds staff issue by hand (a 交办函 comes with the dispatch). */
export type IssuedByHand = Extract<FollowUpDocumentKind, 'SUPERVISE' | 'URGE' | 'NOTICE'>;

/**
 * An item's documents (交办函, 督办函, 催办函, 情况通报) for whoever may read it, and staff's issuing of a
 * 督办函, 催办函 or 情况通报 with its reason. The server says `reason` where the dialog says `note`.
 */
export function useFollowUpDocuments(followUpId: () => string) {
  const documents = shallowRef<FollowUpDocumentRow[]>([]);
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const issuing = shallowRef(false);
  const form = useDialogForm<DeadlineProblem>({
    labels: () => ({ note: i18n.global.t('followUp.documents.reason'), reason: i18n.global.t('followUp.documents.reason') }),
    translateProblems: translateDeadlineProblems,
    describeServerError: (error, labels) => {
      const message = followUpErrorMessage(error, labels);
      if (!message?.fields.reason) return message;
      const { reason, ...fields } = message.fields;
      return { ...message, fields: { ...fields, note: reason } };
    },
  });

  async function load() {
    if (documents.value.length === 0) status.value = 'loading';
    const result = await client
      .query(FollowUpDocumentsDocument, { followUpId: followUpId() }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error || !result.data) {
      status.value = 'error';
      return;
    }
    documents.value = result.data.followUpDocuments;
    status.value = 'ready';
  }

  /** Issues one; answers its 文号, or null with the problem shown in the dialog. */
  async function issue(kind: IssuedByHand, values: NoteValues): Promise<string | null> {
    form.reset();
    const problems = validateNote(values);
    if (Object.keys(problems).length) {
      form.problems.value = problems;
      return null;
    }
    issuing.value = true;
    try {
      const input = { id: followUpId(), kind, reason: values.note.trim() };
      const result = await client.mutation(IssueFollowUpDocumentDocument, { input }).toPromise();
      if (result.error || !result.data) {
        form.serverError.value = result.error ?? new Error('no data');
        return null;
      }
      await load();
      return result.data.issueFollowUpDocument.number;
    } finally {
      issuing.value = false;
    }
  }

  return { documents, status, issuing, form, load, issue };
}
