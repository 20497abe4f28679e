import { computed } from 'vue';
import { i18n } from '../i18n';
import { applyDocumentLanguage, isAppLocale, setAppLocale, SUPPORTED_LOCALES, type AppLocale } from '../i18n/locale';

export { applyDocumentLanguage };

export function setLocale(locale: AppLocale, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  i18n.global.locale.value = locale;
  setAppLocale(locale, storage);
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
