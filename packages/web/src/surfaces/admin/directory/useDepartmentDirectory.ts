import { shallowRef } from 'vue';
import type { AdminDepartmentFieldsFragment } from '../../../gql/graphql';
import { client } from '../../../graphql/client';
import { i18n } from '../../../i18n';
import { departmentMatches } from './directoryMatch';
import { departmentRules, type DepartmentInput } from './directoryRules';
import { useCursorList } from '../../../composables/useCursorList';
import { useDialogForm } from '../../../composables/useDialogForm';
import { useLiveDirectoryList } from './useDirectoryChanges';
import { PAGE_SIZE } from '../../../composables/useListPanel';
import { hasProblems, translateProblems, validate, type Problem } from '../../../composables/validation';
import { CreateDepartmentDocument, DepartmentsDocument } from './operations';

export type Department = AdminDepartmentFieldsFragment;

/** The departments a form offers to choose from, as the page has loaded them. */
export interface DepartmentChoices {
  departments: readonly Pick<Department, 'id' | 'name' | 'shortName'>[];
  departmentsLoading: boolean;
  departmentsError: string | null;
}

export async function fetchDepartments(first: number, after: string | null, search: string) {
  // Absent rather than null when unset: the first page has no cursor and no filter.
  const variables = { first, after: after ?? undefined, search: search.trim() || undefined };
  const result = await client.query(DepartmentsDocument, variables, { requestPolicy: 'network-only' }).toPromise();
  if (result.error || !result.data) throw result.error ?? new Error('empty response');
  return result.data.departments;
}

/** The departments list of the admin surface: search, pages, live additions. */
export function useDepartmentDirectory() {
  const search = shallowRef('');
  const list = useCursorList<Department>((after) => fetchDepartments(PAGE_SIZE, after, search.value));

  const { loadError, liveStatus } = useLiveDirectoryList(list, search, (event) =>
    event.change === 'DEPARTMENT_CREATED' && event.department && departmentMatches(event.department, search.value)
      ? event.department
      : null,
  );

  return { search, ...list, loadError, liveStatus };
}

/** Validation and submission of the "create department" form. */
export function useCreateDepartment(onCreated: (department: Department) => void) {
  const submitting = shallowRef(false);
  const { problems, serverError, fieldErrors, formError, reset } = useDialogForm<Problem>({
    labels: () => ({
      name: i18n.global.t('admin.departments.name'),
      shortName: i18n.global.t('admin.departments.shortName'),
    }),
    translateProblems,
  });

  async function submit(values: DepartmentInput): Promise<boolean> {
    reset();
    problems.value = validate({ ...values }, departmentRules);
    if (hasProblems(problems.value)) return false;
    submitting.value = true;
    try {
      const input = { name: values.name.trim(), shortName: values.shortName.trim() };
      const result = await client.mutation(CreateDepartmentDocument, { input }).toPromise();
      if (result.error || !result.data) {
        serverError.value = result.error ?? new Error('empty response');
        return false;
      }
      onCreated(result.data.createDepartment);
      return true;
    } finally {
      submitting.value = false;
    }
  }

  return { submitting, fieldErrors, formError, submit, reset };
}
