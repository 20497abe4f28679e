import { computed, shallowRef, watch, type ComputedRef } from 'vue';
import { appLocale, DEFAULT_LOCALE, type AppLocale } from '../i18n/locale';

type Loaders<T> = Record<Exclude<AppLocale, 'zh-CN'>, () => Promise<{ default: T }>>;

/**
 * Typed messages for one light surface, without vue-i18n: plain objects whose leaves are strings
 * or functions that build a string. Chinese ships with the surface; another language is fetched
 * the first time it is chosen, and Chinese shows meanwhile.
 */
export function defineSurfaceMessages<T extends object>(zhCN: T, loaders: Loaders<T>) {
  const loaded = shallowRef<Partial<Record<AppLocale, T>>>({ [DEFAULT_LOCALE]: zhCN });
  const loading = new Set<AppLocale>();

  async function ensure(locale: AppLocale): Promise<void> {
    const load = locale === 'zh-CN' ? undefined : loaders[locale];
    if (!load || loaded.value[locale] || loading.has(locale)) return;
    loading.add(locale);
    try {
      const messages = (await load()).default;
      loaded.value = { ...loaded.value, [locale]: messages };
    } catch {
      // Offline or a stale deployment: keep showing Chinese rather than nothing.
    } finally {
      loading.delete(locale);
    }
  }

  /** The messages in the current language, reactive. */
  function useMessages(): ComputedRef<T> {
    watch(appLocale, (locale) => void ensure(locale), { immediate: true });
    return computed(() => loaded.value[appLocale.value] ?? zhCN);
  }

  return { useMessages, ensure };
}
