import { computed, shallowRef } from 'vue';
import type { AdminClueCategoryFieldsFragment } from '../../../gql/graphql';
import { client } from '../../../graphql/client';
import { i18n } from '../../../i18n';
import { useDialogForm } from '../../../composables/useDialogForm';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import { translateDomainProblems, validate } from '../../../composables/validation';
import { CATEGORY_CODE, categoryRules, normalizeCategoryCode, type CategoryProblem, type ClueCategoryValues } from './clueCategories';
import { ClueCategoriesDocument, CreateClueCategoryDocument, UpdateClueCategoryDocument } from './operations';

export type AdminClueCategory = AdminClueCategoryFieldsFragment;

/** Every clue category, retired ones included, in their order. */
export function useClueCategories() {
  const categories = shallowRef<readonly AdminClueCategory[]>([]);
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const error = shallowRef<unknown>(null);

  async function load(): Promise<void> {
    status.value = 'loading';
    const result = await client.query(ClueCategoriesDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    error.value = result.error ?? (result.data ? null : new Error('empty response'));
    if (result.data) categories.value = result.data.clueCategories;
    status.value = result.data ? 'ready' : 'error';
  }

  const active = computed(() => categories.value.filter((c) => c.active));
  return { categories, active, status, error: useErrorMessage(error), load };
}

const labels = () => ({
  code: i18n.global.t('admin.clueCategories.code'),
  name: i18n.global.t('admin.clueCategories.name'),
  nameEn: i18n.global.t('admin.clueCategories.nameEn'),
});

/** The add / rename form: checked here first, then sent; `editing` is the category being renamed, or null to add one. */
export function useClueCategoryForm(onSaved: (category: AdminClueCategory, created: boolean) => void) {
  const submitting = shallowRef(false);
  const { problems, serverError, fieldErrors, formError, reset } = useDialogForm<CategoryProblem>({
    labels,
    translateProblems: (found, fieldLabels) => translateDomainProblems(found, fieldLabels, 'admin.clueCategories', ['codeFormat']),
  });

  async function submit(values: ClueCategoryValues, editing: AdminClueCategory | null): Promise<boolean> {
    reset();
    const code = editing ? editing.code : normalizeCategoryCode(values.code);
    const found: Partial<Record<keyof ClueCategoryValues, CategoryProblem>> = validate({ ...values, code }, categoryRules) as never;
    if (!found.code && !CATEGORY_CODE.test(code)) found.code = { key: 'codeFormat' };
    problems.value = found;
    if (Object.keys(found).length) return false;
    submitting.value = true;
    try {
      const names = { name: values.name.trim(), nameEn: values.nameEn.trim() };
      const result = editing
        ? await client.mutation(UpdateClueCategoryDocument, { input: { code, ...names } }).toPromise()
        : await client.mutation(CreateClueCategoryDocument, { input: { code, ...names } }).toPromise();
      const saved = result.data && ('updateClueCategory' in result.data ? result.data.updateClueCategory : result.data.createClueCategory);
      if (result.error || !saved) {
        serverError.value = result.error ?? new Error('empty response');
        return false;
      }
      onSaved(saved, !editing);
      return true;
    } finally {
      submitting.value = false;
    }
  }

  return { submitting, fieldErrors, formError, submit, reset };
}

/** Moves, retires or reactivates a category; answers the error, if any. */
export async function changeClueCategory(code: string, change: { position?: number; active?: boolean }): Promise<unknown> {
  const result = await client.mutation(UpdateClueCategoryDocument, { input: { code, ...change } }).toPromise();
  return result.error ?? (result.data ? null : new Error('empty response'));
}
