import { watch } from 'vue';
import { createI18n } from 'vue-i18n';
import { appLocale, DEFAULT_LOCALE, SUPPORTED_LOCALES, type AppLocale } from './locale';
import { messagesIn, type MessageSchema } from './messages';

export {
  DEFAULT_LOCALE,
  initialLocale,
  isAppLocale,
  LOCALE_STORAGE_KEY,
  SUPPORTED_LOCALES,
  type AppLocale,
} from './locale';
export type { MessageSchema } from './messages';

// Loaded only by the staff and public pages; the phones and the broadcast screen read the same
// label tables (src/labels) through their own per-surface messages and never download vue-i18n.
export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: appLocale.value,
  fallbackLocale: DEFAULT_LOCALE,
  // Typed with the staff tables too, which loadStaffMessages adds before any staff page renders.
  messages: { 'zh-CN': messagesIn('zh-CN'), en: messagesIn('en') } as Record<AppLocale, MessageSchema>,
});

let staffMessages: Promise<void> | undefined;

/** Adds the staff pages' words (sessions, host, follow-up, accounts, stats); called by the staff routes' guards. */
export function loadStaffMessages(): Promise<void> {
  return (staffMessages ??= import('./staffMessages').then(({ staffMessagesIn }) => {
    for (const locale of SUPPORTED_LOCALES) i18n.global.mergeLocaleMessage(locale, staffMessagesIn(locale));
  }));
}

// A switch made on a light surface carries over when the user moves on to a page that uses vue-i18n.
watch(appLocale, (locale) => (i18n.global.locale.value = locale), { flush: 'sync' });
