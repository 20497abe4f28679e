import { watch } from 'vue';
import { createI18n } from 'vue-i18n';
import en from './en';
import { appLocale, DEFAULT_LOCALE, type AppLocale } from './locale';
import zhCN from './zh-CN';
import statsEn from './stats.en';
import statsZhCN from './stats.zh-CN';

export {
  DEFAULT_LOCALE,
  initialLocale,
  isAppLocale,
  LOCALE_STORAGE_KEY,
  SUPPORTED_LOCALES,
  type AppLocale,
} from './locale';

export type MessageSchema = typeof zhCN;

// Loaded only by the staff and public pages; the phones and the broadcast screen use their own
// per-surface messages (see surfaceMessages.ts) and never download vue-i18n.
export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: appLocale.value,
  fallbackLocale: DEFAULT_LOCALE,
  messages: { 'zh-CN': { ...zhCN, ...statsZhCN }, en: { ...en, ...statsEn } },
});

// A switch made on a light surface carries over when the user moves on to a page that uses vue-i18n.
watch(appLocale, (locale) => (i18n.global.locale.value = locale), { flush: 'sync' });
