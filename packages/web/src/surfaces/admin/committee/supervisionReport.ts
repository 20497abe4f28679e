// 督办报告 downloads: the address of the report and a download that reports failures in words.

/** Today in China time, YYYY-MM-DD. */
const chinaToday = (now = new Date()) => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The default period: this year so far. */
export function yearToDate(now = new Date()): { from: string; to: string } {
  const today = chinaToday(now);
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

export const reportPeriodValid = (from: string | null, to: string | null) =>
  !!from && !!to && /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;

/** `committee`: an id, `none` (items without a committee) or '' (all). */
export function supervisionReportUrl(format: 'pdf' | 'xlsx', query: { committee: string; from: string; to: string }): string {
  const params = new URLSearchParams({ from: query.from, to: query.to });
  if (query.committee) params.set('committee', query.committee);
  return `/exports/supervision-report.${format}?${params.toString()}`;
}

/** The file name the server gave (RFC 5987 `filename*`), or a plain one. */
function fileName(disposition: string | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  return encoded ? decodeURIComponent(encoded) : fallback;
}

/** Fetches the report with the session cookie and saves it; a refusal throws with the server's message. */
export async function downloadSupervisionReport(
  format: 'pdf' | 'xlsx',
  query: { committee: string; from: string; to: string },
): Promise<void> {
  const response = await fetch(supervisionReportUrl(format, query), { credentials: 'same-origin' });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    throw new Error(body?.errors?.[0]?.message ?? `HTTP ${response.status}`);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(response.headers.get('content-disposition'), `supervision-report.${format}`);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
