import { shallowRef, watch } from 'vue';
import { client } from '../../../graphql/client';
import { i18n } from '../../../i18n';
import { useCursorList } from '../../../composables/useCursorList';
import { useDialogForm } from '../../../composables/useDialogForm';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import { PAGE_SIZE, reloadOnSearch } from '../../../composables/useListPanel';
import { translateProblems } from '../../../composables/validation';
import { representativeErrorMessage } from './representativeErrors';
import { toRepresentativeInput, validateRepresentative, type RepresentativeFormValues } from './representativeRules';
import {
  CreateRepresentativeDocument,
  RepresentativeAccountsDocument,
  RepresentativeChoicesDocument,
  RepresentativeDocument,
  RepresentativesDocument,
  UpdateRepresentativeDocument,
  type Representative,
} from './operations';

/** The list's status filter: every record, the active ones, or the deactivated ones. */
export type ActiveFilter = 'all' | 'active' | 'inactive';

/** The representatives list: search (once typing pauses), status filter, pages, records changed here. */
export function useRepresentativeDirectory() {
  const search = shallowRef('');
  const active = shallowRef<ActiveFilter>('all');

  const list = useCursorList<Representative>(async (after) => {
    const variables = {
      first: PAGE_SIZE,
      after: after ?? undefined,
      search: search.value.trim() || undefined,
      active: active.value === 'all' ? undefined : active.value === 'active',
    };
    const result = await client.query(RepresentativesDocument, variables, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('empty response');
    return result.data.representatives;
  });

  const cancelSearch = reloadOnSearch(search, list.reload);
  watch(active, () => {
    cancelSearch();
    void list.reload();
  });

  /** Shows a record as an edit left it, where it is listed. */
  function update(record: Representative): void {
    list.items.value = list.items.value.map((item) => (item.id === record.id ? record : item));
  }

  /** Reads one record again (after its photo changed) and shows it. */
  async function refresh(id: string): Promise<Representative | null> {
    const result = await client.query(RepresentativeDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (!result.data) return null;
    update(result.data.representative);
    return result.data.representative;
  }

  void list.reload();
  return { search, active, ...list, loadError: useErrorMessage(list.error), update, refresh };
}

const formLabels = () => {
  const t = (key: string) => i18n.global.t(`admin.representatives.form.${key}`);
  return { name: t('name'), district: t('district'), station: t('station'), bio: t('bio'), accountId: t('account'), active: t('active') };
};

/** Validation and submission of the create / edit form: `id` null creates. */
export function useRepresentativeForm(onSaved: (record: Representative, created: boolean) => void) {
  const submitting = shallowRef(false);
  const { problems, serverError, fieldErrors, formError, reset } = useDialogForm({
    labels: formLabels,
    translateProblems,
    describeServerError: representativeErrorMessage,
  });

  async function submit(id: string | null, values: RepresentativeFormValues): Promise<boolean> {
    if (submitting.value) return false;
    reset();
    problems.value = validateRepresentative(values);
    if (Object.keys(problems.value).length > 0) return false;
    submitting.value = true;
    try {
      const input = toRepresentativeInput(values);
      const result = id
        ? await client.mutation(UpdateRepresentativeDocument, { id, input }).toPromise()
        : await client.mutation(CreateRepresentativeDocument, { input }).toPromise();
      const record =
        result.data && ('updateRepresentative' in result.data ? result.data.updateRepresentative : result.data.createRepresentative);
      if (!record) {
        serverError.value = result.error ?? new Error('empty response');
        return false;
      }
      onSaved(record, !id);
      return true;
    } finally {
      submitting.value = false;
    }
  }

  return { submitting, fieldErrors, formError, submit, reset };
}

export interface AccountChoice {
  id: string;
  username: string;
  displayName: string;
}

/** REPRESENTATIVE accounts to link a record to, searched as the user types; deactivated ones left out. */
export function useAccountChoices() {
  const options = shallowRef<readonly AccountChoice[]>([]);
  const loading = shallowRef(false);
  const error = shallowRef<unknown>(null);
  let latest = 0;

  async function searchOptions(query: string) {
    const current = ++latest;
    loading.value = true;
    const result = await client
      .query(RepresentativeAccountsDocument, { first: 50, search: query.trim() || undefined }, { requestPolicy: 'network-only' })
      .toPromise();
    if (current !== latest) return;
    loading.value = false;
    if (result.data) {
      options.value = result.data.accounts.nodes.filter((account) => !account.deactivatedAt);
      error.value = null;
    } else error.value = result.error ?? new Error('empty response');
  }

  return { options, loading, error: useErrorMessage(error), searchOptions };
}

export interface RepresentativeChoice {
  id: string;
  name: string;
  district: string;
}

/** Representatives to pick (supervisors, the clue board), searched as the user types; active ones by default. */
export function useRepresentativeChoices(options: { activeOnly?: boolean } = {}) {
  const choices = shallowRef<readonly RepresentativeChoice[]>([]);
  const loading = shallowRef(false);
  const error = shallowRef<unknown>(null);
  let latest = 0;

  async function searchChoices(query = '') {
    const current = ++latest;
    loading.value = true;
    const variables = { first: 50, search: query.trim() || undefined, active: options.activeOnly === false ? undefined : true };
    const result = await client.query(RepresentativeChoicesDocument, variables, { requestPolicy: 'network-only' }).toPromise();
    if (current !== latest) return;
    loading.value = false;
    if (result.data) {
      choices.value = result.data.representatives.nodes;
      error.value = null;
    } else error.value = result.error ?? new Error('empty response');
  }

  return { choices, loading, error: useErrorMessage(error), searchChoices };
}

/** Every record with the given status, page after page (the cards to print). */
export async function fetchAllRepresentatives(active: boolean | undefined): Promise<Representative[]> {
  const all: Representative[] = [];
  let after: string | undefined;
  for (;;) {
    const result = await client
      .query(RepresentativesDocument, { first: 100, after, active }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('empty response');
    const page = result.data.representatives;
    all.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return all;
    after = page.pageInfo.endCursor;
  }
}
