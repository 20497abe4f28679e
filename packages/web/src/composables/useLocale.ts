import { computed } from 'vue';
import { i18n, isAppLocale, LOCALE_STORAGE_KEY, SUPPORTED_LOCALES, type AppLocale } from '../i18n';

/** Keeps `<html lang>` in step with the UI language, for screen readers and CJK font choice. */
export function applyDocumentLanguage(locale: AppLocale, doc: Document | undefined = globalThis.document): void {
  if (doc) doc.documentElement.lang = locale;
}

export function setLocale(locale: AppLocale, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  i18n.global.locale.value = locale;
  applyDocumentLanguage(locale);
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembering the choice is acceptable; failing to switch is not.
  }
}

export function useLocale() {
  const locale = computed<AppLocale>({
    get: () => i18n.global.locale.value,
    set: (value) => {
      if (isAppLocale(value)) setLocale(value);
    },
  });
  return { locale, locales: SUPPORTED_LOCALES, setLocale };
}
