import type { AppLocale } from '../i18n/locale';

/** A table of labels: plain strings (vue-i18n's `{name}` placeholders allowed), nested by key. */
export interface LabelTable {
  [key: string]: string | LabelTable;
}

/** The same keys as `T`, any text: the shape every other language must have. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/**
 * One domain's labels in every language, in one place. Chinese, the platform's language, sets the
 * keys; the English table is checked against them, so a missing or extra key fails to compile.
 * No vue-i18n here: the staff pages register these tables with vue-i18n (i18n/messages.ts), and the
 * light surfaces (phones, screen, public pages) pick from them directly.
 */
export function defineLabels<T extends LabelTable>(labels: { 'zh-CN': T; en: SameKeys<NoInfer<T>> }): Record<AppLocale, SameKeys<T>> {
  // `T` is `SameKeys<T>` with its exact texts; callers see both languages as one type.
  return labels as Record<AppLocale, SameKeys<T>>;
}
