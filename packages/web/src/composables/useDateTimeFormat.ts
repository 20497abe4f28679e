import { computed } from 'vue';
import { i18n } from '../i18n';

/** Formats server timestamps (ISO strings, UTC) in the viewer's time zone and current language. */
export function useDateTimeFormat() {
  const format = computed(() => new Intl.DateTimeFormat(i18n.global.locale.value, { dateStyle: 'medium', timeStyle: 'short' }));
  return (iso: string): string => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.value.format(date);
  };
}
