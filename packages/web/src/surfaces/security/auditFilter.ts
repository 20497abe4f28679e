import type { AuditFilter } from '../../gql/graphql';
import type { AppLocale } from '../../i18n/locale';

/** What the audit page's filter form holds: text boxes, and dates as YYYY-MM-DD (local days). */
export interface AuditFilterForm {
  action: string;
  actor: string;
  text: string;
  from: string | null;
  to: string | null;
}

export const emptyAuditFilter = (): AuditFilterForm => ({ action: '', actor: '', text: '', from: null, to: null });

/** The start of a local day, and of the day after for `to`, so both named days are included. */
function dayStart(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/** The query's filter: only what was filled in. */
export function auditFilterOf(form: AuditFilterForm): AuditFilter {
  const filter: AuditFilter = {};
  if (form.action.trim()) filter.action = form.action.trim();
  if (form.actor.trim()) filter.actor = form.actor.trim();
  if (form.text.trim()) filter.text = form.text.trim();
  if (form.from) filter.from = dayStart(form.from);
  if (form.to) filter.to = dayStart(form.to, 1);
  return filter;
}

/** The download address of the filtered log (GET /exports/audit.xlsx or .csv), in the page's language. */
export function auditExportUrl(form: AuditFilterForm, format: 'xlsx' | 'csv', locale: AppLocale): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(auditFilterOf(form))) params.set(name, String(value));
  params.set('lang', locale === 'en' ? 'en' : 'zh');
  return `/exports/audit.${format}?${params.toString()}`;
}
