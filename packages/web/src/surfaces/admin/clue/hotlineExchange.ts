import { shallowRef } from 'vue';
import { OperationError } from '../../../graphql/fetchGraphql';
import { uploadRouteError } from '../../../composables/useFileUpload';
import type { FollowUpFilter } from '../../../gql/graphql';
import type { hotlineLabels } from '../../../labels/hotline';

// The 12345 exchange (docs/12345-exchange.md): a file is previewed by the server (which stores
// nothing), then sent again to be imported all or nothing. These are REST routes (bytes do not go
// through GraphQL), so their answers are typed here, as the server's hotline-import.ts gives them.

export type HotlineImportMode = 'CLUES' | 'ITEMS';

/** The server's problem codes (hotline-read.ts): the page words each one, so its labels list them all. */
export type HotlineProblemCode = keyof (typeof hotlineLabels)['zh-CN']['problem'];

export interface HotlineProblem {
  /** The spreadsheet row (1: the header row); null for the whole file. */
  row: number | null;
  column: string | null;
  header: string | null;
  code: HotlineProblemCode;
  value: string | null;
  message: string;
}

export interface HotlinePreviewRow {
  row: number;
  orderNo: string;
  title: string;
  receivedAt: string | null;
  dueAt: string | null;
  categoryName: string;
  departmentName: string | null;
  phoneMasked: string | null;
  /** 办理状态 as the file gives it. */
  status?: string | null;
  /** SKIPPED: finished (FINISHED) or cancelled (CANCELLED) by the hotline, so left out; null: has problems. */
  becomes: 'CLUE' | 'ITEM' | 'SKIPPED' | null;
  skipped?: 'FINISHED' | 'CANCELLED' | null;
}

export interface HotlinePreview {
  mode: HotlineImportMode;
  total: number;
  valid: number;
  /** Orders left out by their 办理状态. */
  skipped?: number;
  rows: HotlinePreviewRow[];
  problems: HotlineProblem[];
  problemCount: number;
}

export interface HotlineImportResult {
  mode: HotlineImportMode;
  clues: number;
  items: number;
  skipped?: number;
}

export const HOTLINE_MAX_BYTES = 10 * 1024 * 1024;
/** .xls is offered too, so an old workbook is answered with how to save it as .xlsx rather than hidden. */
export const HOTLINE_ACCEPT =
  '.xlsx,.csv,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv,application/vnd.ms-excel';

/** A file may be imported only when every order in it that is not skipped (finished or cancelled by 12345) can be, and one is left. */
export const importable = (preview: HotlinePreview | null) =>
  preview !== null && preview.valid > 0 && preview.valid + (preview.skipped ?? 0) === preview.total && preview.problemCount === 0;

/**
 * The export link (same origin: the staff cookie goes with it): items from 12345, or every item,
 * narrowed by the follow-up board's filter when it is given.
 */
export function hotlineExportUrl(format: 'xlsx' | 'csv', all: boolean, filter: FollowUpFilter | null = null): string {
  const query = new URLSearchParams();
  if (all) query.set('all', 'true');
  if (filter?.statuses?.length) query.set('statuses', filter.statuses.join(','));
  if (filter?.departmentId) query.set('departmentId', String(filter.departmentId));
  if (filter?.sessionId) query.set('sessionId', String(filter.sessionId));
  if (filter?.overdue) query.set('overdue', 'true');
  if (filter?.reopened) query.set('reopened', 'true');
  if (filter?.submitterVerdict) query.set('submitterVerdict', filter.submitterVerdict);
  const text = query.toString();
  return `/exports/hotline.${format}${text ? `?${text}` : ''}`;
}

type Fetch = typeof fetch;

/** Sends the file to the preview or the import route; a refusal becomes an OperationError (its problems in `extensions`). */
export async function sendHotlineFile<T>(
  route: 'preview' | 'import',
  file: Blob,
  name: string,
  mode: HotlineImportMode,
  fetcher: Fetch = fetch,
) {
  const form = new FormData();
  form.append('file', file, name);
  const url = `/imports/hotline${route === 'preview' ? '/preview' : ''}?mode=${mode}`;
  let response: Response;
  try {
    response = await fetcher(url, { method: 'POST', body: form, credentials: 'same-origin' });
  } catch {
    throw new OperationError('network', 'The file could not be sent.');
  }
  const body = await response.text();
  if (!response.ok)
    throw uploadRouteError(response.status, body, () => new OperationError('TOO_LARGE', 'The file is larger than 10 MB.', null, 'file'));
  return JSON.parse(body) as T;
}

/** The problems a refused import names (the file changed since its preview, or was never previewed). */
export function refusedProblems(error: unknown): { problems: HotlineProblem[]; problemCount: number } | null {
  if (!(error instanceof OperationError) || !Array.isArray(error.extensions.problems)) return null;
  const problems = error.extensions.problems as HotlineProblem[];
  return { problems, problemCount: typeof error.extensions.problemCount === 'number' ? error.extensions.problemCount : problems.length };
}

/** Preview, then import: the file and mode chosen, what the server said of them, and the outcome. */
export function useHotlineImport(fetcher: Fetch = fetch) {
  const mode = shallowRef<HotlineImportMode>('CLUES');
  const file = shallowRef<File | null>(null);
  const preview = shallowRef<HotlinePreview | null>(null);
  const busy = shallowRef<'preview' | 'import' | null>(null);
  const result = shallowRef<HotlineImportResult | null>(null);
  const error = shallowRef<{ during: 'preview' | 'import'; error: OperationError } | null>(null);

  /** A new file or mode needs a new preview. */
  function choose(next: File | null) {
    file.value = next;
    preview.value = null;
    result.value = null;
    error.value = null;
  }

  async function runPreview(): Promise<void> {
    if (!file.value) return;
    busy.value = 'preview';
    error.value = null;
    result.value = null;
    try {
      preview.value = await sendHotlineFile<HotlinePreview>('preview', file.value, file.value.name, mode.value, fetcher);
    } catch (caught) {
      preview.value = null;
      error.value = { during: 'preview', error: caught as OperationError };
    } finally {
      busy.value = null;
    }
  }

  async function runImport(): Promise<boolean> {
    if (!file.value || !importable(preview.value)) return false;
    busy.value = 'import';
    error.value = null;
    try {
      result.value = await sendHotlineFile<HotlineImportResult>('import', file.value, file.value.name, mode.value, fetcher);
      preview.value = null;
      file.value = null;
      return true;
    } catch (caught) {
      const refused = refusedProblems(caught);
      // Someone imported some of these orders since the preview: show the file's problems as they are now.
      if (refused && preview.value) preview.value = { ...preview.value, ...refused, valid: 0 };
      error.value = { during: 'import', error: caught as OperationError };
      return false;
    } finally {
      busy.value = null;
    }
  }

  return { mode, file, preview, busy, result, error, choose, runPreview, runImport };
}
