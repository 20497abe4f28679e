import { computed, shallowRef } from 'vue';
import { categoryName } from '../../composables/clueLabels';
import { appLocale } from '../../i18n/locale';

// The categories the clue form offers: staff keep them (and retire some), so the form asks the
// server for them once, and names them in the page's language.

export interface OfferedCategory {
  code: string;
  name: string;
  nameEn: string;
}

export function usePublicClueCategories(fetchCategories: () => Promise<readonly OfferedCategory[]>) {
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const loaded = shallowRef<readonly OfferedCategory[]>([]);

  async function load(): Promise<void> {
    status.value = 'loading';
    try {
      loaded.value = await fetchCategories();
      status.value = 'ready';
    } catch {
      status.value = 'error';
    }
  }

  /** Code and name, in the order staff set. */
  const options = computed(() => loaded.value.map((category) => ({ code: category.code, label: categoryName(category, appLocale.value) })));

  return { status, options, load };
}
