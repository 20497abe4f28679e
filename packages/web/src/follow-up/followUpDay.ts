import { i18n } from '../i18n';

/** A deadline or a request's day as its pages write it: 2026年11月26日 in Chinese, Nov 26, 2026 in English. */
export function formatFollowUpDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(i18n.global.locale.value, { dateStyle: 'medium' }).format(date);
}
