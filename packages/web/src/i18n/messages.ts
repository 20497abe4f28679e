import { appLabels } from '../labels/app';
import type { AppLocale } from './locale';
import type { staffMessagesIn } from './staffMessages';

/**
 * vue-i18n's messages in one language, put together only here and in staffMessages.ts: the words
 * every page using vue-i18n needs (name, common buttons, sign-in, errors); the staff pages' tables
 * come with their first staff page (loadStaffMessages), so the home and sign-in pages stay small.
 */
export function messagesIn(locale: AppLocale) {
  return { ...appLabels[locale] };
}

export type MessageSchema = ReturnType<typeof messagesIn> & ReturnType<typeof staffMessagesIn>;
