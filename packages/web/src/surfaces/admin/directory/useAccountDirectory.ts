import { shallowRef, watch } from 'vue';
import type { AdminAccountFieldsFragment, Role } from '../../../gql/graphql';
import { client } from '../../../graphql/client';
import { i18n } from '../../../i18n';
import { accountMatches } from './directoryMatch';
import { accountRules, type AccountInput } from './directoryRules';
import { useCursorList } from '../../../composables/useCursorList';
import { fetchDepartments, type Department } from './useDepartmentDirectory';
import { PAGE_SIZE } from '../../../composables/useListPanel';
import { useDialogForm } from '../../../composables/useDialogForm';
import { useLiveDirectoryList } from './useDirectoryChanges';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import { hasProblems, translateProblems, validate, type Problem } from '../../../composables/validation';
import { AccountsDocument, CreateAccountDocument } from './operations';

export type Account = AdminAccountFieldsFragment;

/** The accounts list of the admin surface: search, role filter, pages, live additions. */
export function useAccountDirectory() {
  const search = shallowRef('');
  const role = shallowRef<Role | null>(null);

  const list = useCursorList<Account>(async (after) => {
    // Absent rather than null when unset: the first page has no cursor and no filter.
    const variables = {
      first: PAGE_SIZE,
      after: after ?? undefined,
      search: search.value.trim() || undefined,
      role: role.value ?? undefined,
    };
    const result = await client.query(AccountsDocument, variables, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) throw result.error ?? new Error('empty response');
    return result.data.accounts;
  });

  const { loadError, liveStatus, reloadNow } = useLiveDirectoryList(list, search, (event) =>
    event.change === 'ACCOUNT_CREATED' && event.account && accountMatches(event.account, search.value, role.value) ? event.account : null,
  );
  watch(role, reloadNow);

  /** Shows an account as an action (deactivation, reset…) left it, where it is listed. */
  function update(account: Account): void {
    list.items.value = list.items.value.map((item) => (item.id === account.id ? account : item));
  }

  return { search, role, ...list, loadError, liveStatus, update };
}

/** Departments to choose from in the account form, searched as the user types. */
export function useDepartmentOptions() {
  const options = shallowRef<readonly Department[]>([]);
  const loading = shallowRef(false);
  const error = shallowRef<unknown>(null);
  let latest = 0;

  async function searchOptions(query: string) {
    const current = ++latest;
    loading.value = true;
    try {
      const page = await fetchDepartments(PAGE_SIZE, null, query);
      if (current !== latest) return;
      options.value = page.nodes;
      error.value = null;
    } catch (caught) {
      if (current === latest) error.value = caught;
    } finally {
      if (current === latest) loading.value = false;
    }
  }

  return { options, loading, error: useErrorMessage(error), searchOptions };
}

export interface CreatedAccount {
  account: Account;
  initialPassword: string;
}

/** Validation and submission of the "create account" form. */
export function useCreateAccount(onCreated: (created: CreatedAccount) => void) {
  const submitting = shallowRef(false);
  const { problems, serverError, fieldErrors, formError, reset } = useDialogForm<Problem>({
    labels: () => ({
      username: i18n.global.t('admin.accounts.username'),
      displayName: i18n.global.t('admin.accounts.displayName'),
      role: i18n.global.t('admin.accounts.role'),
      departmentId: i18n.global.t('admin.accounts.department'),
      committeeId: i18n.global.t('committee.account'),
    }),
    translateProblems,
  });

  async function submit(values: AccountInput): Promise<boolean> {
    reset();
    problems.value = validate({ ...values }, accountRules(values.role));
    if (hasProblems(problems.value) || values.role === '') return false;
    submitting.value = true;
    try {
      const input = {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        role: values.role,
        departmentId: values.role === 'DEPARTMENT' ? values.departmentId : null,
        committeeId: values.role === 'ADMIN' && values.committeeId ? values.committeeId : null,
      };
      const result = await client.mutation(CreateAccountDocument, { input }).toPromise();
      if (result.error || !result.data) {
        serverError.value = result.error ?? new Error('empty response');
        return false;
      }
      onCreated(result.data.createAccount);
      return true;
    } finally {
      submitting.value = false;
    }
  }

  return { submitting, fieldErrors, formError, submit, reset };
}
