import { computed, shallowRef, watch } from 'vue';
import type { RosterEntryFieldsFragment } from '../../../gql/graphql';
import { client } from '../../../graphql/client';
import { i18n } from '../../../i18n';
import {
  checkDraft,
  isTooLarge,
  previewRows,
  rosterRefusal,
  rosterRows,
  searchRoster,
  tableFromPaste,
  toRosterInput,
  translateDraftProblem,
  translateRowProblem,
  withRefusal,
  type DraftProblem,
  type RosterRow,
} from './onlineRoster';
import { readRosterFile, RosterFileError } from './rosterFile';
import { sessionErrorCode, useSessionErrorMessage } from '../../../session/sessionErrors';
import { ImportOnlineRosterDocument, OnlineRosterDocument } from './operations';

export type RosterEntry = RosterEntryFieldsFragment;

/** People per request: 400, even with 60-character names, stay under the server’s 100 KB body limit. */
export const ROSTER_PART = 400;

/** Where the people to import come from. */
export type RosterSource = 'file' | 'paste';

/** People shown on one page of the list. */
export const ROSTER_PAGE_SIZE = 20;

/**
 * A session's online roster (网络测评名册): who may vote online when the identity tier is ROSTER.
 * Reads the roster (numbers masked), and imports a new one from a file or pasted text, which
 * replaces it whole: the draft is read and checked here first, as the server checks it, so the
 * preview shows every problem with its line. `onChanged` runs after a refusal because the session
 * went live, so the page shows it frozen.
 */
export function useOnlineRoster(sessionId: string, onChanged: () => void = () => {}) {
  const entries = shallowRef<readonly RosterEntry[]>([]);
  const status = shallowRef<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<unknown>(null);

  async function load(): Promise<void> {
    // A list already shown stays on screen while it is read again.
    if (status.value !== 'ready') status.value = 'loading';
    const result = await client.query(OnlineRosterDocument, { sessionId }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      entries.value = result.data.onlineRoster;
      loadError.value = null;
      status.value = 'ready';
    } else if (status.value !== 'ready') {
      loadError.value = result.error ?? new Error('empty response');
      status.value = 'error';
    }
  }

  // —— The list: searched by name, a page at a time.
  const search = shallowRef('');
  const page = shallowRef(1);
  const matches = computed(() => searchRoster(entries.value, search.value));
  const pageEntries = computed(() => matches.value.slice((page.value - 1) * ROSTER_PAGE_SIZE, page.value * ROSTER_PAGE_SIZE));
  watch(search, () => (page.value = 1));

  // —— The draft: from a file, or pasted.
  const source = shallowRef<RosterSource>('file');
  const pastedText = shallowRef('');
  const pastedRows = computed(() => rosterRows(tableFromPaste(pastedText.value)));
  const fileName = shallowRef<string | null>(null);
  const fileRows = shallowRef<RosterRow[] | null>(null);
  const fileProblem = shallowRef<DraftProblem | null>(null);
  const reading = shallowRef(false);
  let latestFile = 0;

  /** Reads a chosen file into the draft; null clears it. */
  async function chooseFile(file: (Blob & { name: string }) | null): Promise<void> {
    const ticket = ++latestFile;
    fileName.value = file?.name ?? null;
    fileRows.value = null;
    fileProblem.value = null;
    if (!file) return;
    reading.value = true;
    try {
      const table = await readRosterFile(file);
      if (ticket === latestFile) fileRows.value = rosterRows(table);
    } catch (error) {
      if (ticket !== latestFile) return;
      fileProblem.value = error instanceof RosterFileError ? error.problem : { key: 'fileUnreadable', name: file.name };
    } finally {
      if (ticket === latestFile) reading.value = false;
    }
  }

  /** The people of the chosen source; null while nothing is chosen or pasted. */
  const draftRows = computed<readonly RosterRow[] | null>(() => {
    if (source.value === 'file') return fileRows.value;
    return pastedText.value.trim() === '' ? null : pastedRows.value;
  });

  // —— Importing. Each message belongs to the draft it was about: a new draft (another file, an
  // edit of the text, the other source) starts without the last one's.
  const importing = shallowRef(false);
  interface DraftKey {
    source: RosterSource;
    rows: readonly RosterRow[] | null;
  }
  const draftKey = (): DraftKey => ({ source: source.value, rows: draftRows.value });
  const current = <T extends DraftKey>(about: T | null): T | null =>
    about && about.source === source.value && about.rows === draftRows.value ? about : null;
  /** What stopped the draft when an import was tried. */
  const attempted = shallowRef<(DraftKey & { problem: DraftProblem }) | null>(null);
  /** The row the server refused. */
  const refusal = shallowRef<(DraftKey & { line: number; field: 'name' | 'phone' }) | null>(null);
  /** Another refusal: the session's state, the network, the request's size. */
  const failure = shallowRef<(DraftKey & { error: unknown }) | null>(null);

  function clearErrors() {
    attempted.value = null;
    refusal.value = null;
    failure.value = null;
  }

  /** The draft's rows, with the server's refusal marked on the row it names. */
  const checkedRows = computed(() => withRefusal(draftRows.value ?? [], current(refusal.value)));
  const preview = computed(() => previewRows(checkedRows.value));
  const problemCount = computed(() => checkedRows.value.filter((row) => row.problems.length > 0).length);

  /** Whether the draft can be imported as it is; if not, says why beside its field. Asked before confirming. */
  function prepare(): boolean {
    if (importing.value || reading.value) return false;
    clearErrors();
    const problem = (source.value === 'file' ? fileProblem.value : null) ?? checkDraft(draftRows.value ?? []);
    attempted.value = problem ? { ...draftKey(), problem } : null;
    return problem === null;
  }

  /** Replaces the roster with the draft's people; how many it now holds, or null when nothing was imported. */
  async function importDraft(): Promise<number | null> {
    if (!prepare()) return null;
    const key = draftKey();
    const rows = key.rows ?? [];
    importing.value = true;
    try {
      // A long list goes in parts (a request stays under the server's body limit): the first part
      // replaces the roster, the others add to it.
      let size = 0;
      for (let from = 0; from === 0 || from < rows.length; from += ROSTER_PART) {
        const part = rows.slice(from, from + ROSTER_PART);
        const result = await client
          .mutation(ImportOnlineRosterDocument, { input: { sessionId, people: toRosterInput(part), append: from > 0 } })
          .toPromise();
        if (result.data == null) {
          const refused = rosterRefusal(result.error, part);
          if (refused) refusal.value = { ...key, ...refused };
          else failure.value = { ...key, error: result.error ?? new Error('empty response') };
          // The session went live (or ended) meanwhile: show it, read-only.
          if (sessionErrorCode(result.error) === 'INVALID_PHASE') onChanged();
          // Earlier parts are stored: the list shows what the roster now holds.
          if (from > 0) await load();
          return null;
        }
        size = result.data.importOnlineRoster;
      }
      if (key.source === 'paste') pastedText.value = '';
      else void chooseFile(null);
      search.value = '';
      page.value = 1;
      await load();
      return size;
    } finally {
      importing.value = false;
    }
  }

  const failureMessage = useSessionErrorMessage(() => current(failure.value)?.error ?? null);
  /** The message beside the draft's field: why the file cannot be read, what stops the draft, or why the server refused it. */
  const draftError = computed<string | null>(() => {
    const { t } = i18n.global;
    if (source.value === 'file' && fileProblem.value) return translateDraftProblem(fileProblem.value) ?? null;
    const stopped = current(attempted.value);
    if (stopped) return translateDraftProblem(stopped.problem) ?? null;
    const refused = current(refusal.value);
    if (refused) {
      const problem = checkedRows.value.find((row) => row.line === refused.line)?.problems.at(-1);
      return t('sessions.onlineRoster.problems.lineRefused', { line: refused.line, problem: problem ? translateRowProblem(problem) : '' });
    }
    const failed = current(failure.value);
    if (failed) return isTooLarge(failed.error) ? t('sessions.onlineRoster.tooLarge') : (failureMessage.value?.message ?? null);
    return null;
  });
  /** The error concerns what was entered (so the field is marked invalid), not the server's state. */
  const draftInvalid = computed(
    () => (source.value === 'file' && fileProblem.value !== null) || current(attempted.value) !== null || current(refusal.value) !== null,
  );

  void load();

  return {
    entries,
    status,
    loadError: useSessionErrorMessage(loadError),
    load,
    search,
    page,
    matches,
    pageEntries,
    source,
    pastedText,
    fileName,
    reading,
    chooseFile,
    draftRows,
    preview,
    problemCount,
    importing,
    prepare,
    importDraft,
    draftError,
    draftInvalid,
    clearErrors,
  };
}
