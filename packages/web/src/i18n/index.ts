import { createI18n } from 'vue-i18n';
import en from './en';
import zhCN from './zh-CN';

export type MessageSchema = typeof zhCN;

export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'zh-CN';
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

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: initialLocale(globalThis.localStorage),
  fallbackLocale: DEFAULT_LOCALE,
  messages: { 'zh-CN': zhCN, en },
});
