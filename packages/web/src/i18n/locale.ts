import { shallowRef } from 'vue';

// The UI language, kept apart from vue-i18n so that light surfaces (the audience's phones, the
// broadcast screen) can follow it without loading vue-i18n.

export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'zh-CN';
/** Also read by vote.html's inline script: the page the server drew in Chinese waits for the scripts on a phone that chose another language. */
export const LOCALE_STORAGE_KEY = 'wz.locale';

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** The stored choice if there is one; otherwise Chinese, the platform's language. */
export function initialLocale(storage: Pick<Storage, 'getItem'> | undefined): AppLocale {
  try {
    const stored = storage?.getItem(LOCALE_STORAGE_KEY);
    return isAppLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can throw when the browser blocks it (private mode, strict settings).
    return DEFAULT_LOCALE;
  }
}

/** The language every surface shows now. */
export const appLocale = shallowRef<AppLocale>(initialLocale(globalThis.localStorage));

/** Keeps `<html lang>` in step with the UI language, for screen readers and CJK font choice. */
export function applyDocumentLanguage(locale: AppLocale, doc: Document | undefined = globalThis.document): void {
  if (doc) doc.documentElement.lang = locale;
}

/** Switches the language for every surface and remembers the choice on this device. */
export function setAppLocale(locale: AppLocale, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  appLocale.value = locale;
  applyDocumentLanguage(locale);
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembering the choice is acceptable; failing to switch is not.
  }
}
