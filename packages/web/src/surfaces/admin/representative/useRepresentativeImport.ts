import { computed, shallowRef } from 'vue';
import { client } from '../../../graphql/client';
import { i18n } from '../../../i18n';
import { readRosterFile, RosterFileError, type Table } from '../session/rosterFile';
import { representativeErrorMessage } from './representativeErrors';
import {
  readImportTable,
  toRowInputs,
  withServerErrors,
  type ImportDraftProblem,
  type ImportProblem,
  type ImportRow,
} from './representativeImport';
import { ImportRepresentativesDocument } from './operations';

export type ImportOutcome = { created: number; updated: number };

/** The words of a row's problem, in the current language. */
export function translateImportProblem(problem: ImportProblem): string {
  const { t, te } = i18n.global;
  if (problem.key === 'server') {
    const fieldKey = `admin.representatives.importer.fields.${problem.field}`;
    return t('admin.representatives.importer.problem.server', {
      field: te(fieldKey) ? t(fieldKey) : problem.field,
      message: problem.message,
    });
  }
  return t(`admin.representatives.importer.problem.${problem.key}`, { ...problem });
}

export function translateDraftProblem(problem: ImportDraftProblem): string {
  return i18n.global.t(`admin.representatives.importer.draft.${problem.key}`, { ...problem });
}

/**
 * The import dialog's state: a chosen file read in the browser (CSV or Excel), every row checked
 * and previewed, then sent whole. The server takes all rows or none; its refusals go on their rows.
 */
export function useRepresentativeImport(read: (file: File) => Promise<Table> = readRosterFile) {
  const fileName = shallowRef<string | null>(null);
  const reading = shallowRef(false);
  const rows = shallowRef<readonly ImportRow[] | null>(null);
  const draftProblem = shallowRef<ImportDraftProblem | null>(null);
  const importing = shallowRef(false);
  /** A refusal of the whole import (or one no row holds), worded. */
  const sendError = shallowRef<string | null>(null);
  let generation = 0;

  const problemCount = computed(() => rows.value?.filter((row) => row.problems.length > 0).length ?? 0);
  const ready = computed(() => !reading.value && rows.value !== null && rows.value.length > 0 && problemCount.value === 0);

  function reset() {
    generation++;
    fileName.value = null;
    reading.value = false;
    rows.value = null;
    draftProblem.value = null;
    sendError.value = null;
  }

  async function chooseFile(file: File | null): Promise<void> {
    reset();
    if (!file) return;
    const current = generation;
    fileName.value = file.name;
    reading.value = true;
    try {
      const table = await read(file);
      if (current !== generation) return;
      const outcome = readImportTable(table);
      if ('problem' in outcome) draftProblem.value = outcome.problem;
      else rows.value = outcome.rows;
    } catch (caught) {
      if (current !== generation) return;
      draftProblem.value = caught instanceof RosterFileError ? caught.problem : { key: 'fileUnreadable', name: file.name };
    } finally {
      if (current === generation) reading.value = false;
    }
  }

  /** Sends the rows; the counts when stored, null when refused (the rows then show why). */
  async function send(): Promise<ImportOutcome | null> {
    const current = rows.value;
    if (!current || !ready.value || importing.value) return null;
    importing.value = true;
    sendError.value = null;
    try {
      const result = await client.mutation(ImportRepresentativesDocument, { rows: toRowInputs(current) }).toPromise();
      if (!result.data) {
        sendError.value = representativeErrorMessage(result.error ?? new Error('empty response'))?.message ?? null;
        return null;
      }
      const { created, updated, errors } = result.data.importRepresentatives;
      if (errors.length > 0) {
        const placed = withServerErrors(current, errors);
        rows.value = placed.rows;
        const { t } = i18n.global;
        sendError.value = [t('admin.representatives.importer.refused'), ...placed.unplaced.map((e) => `${e.field}：${e.message}`)].join(
          ' ',
        );
        return null;
      }
      return { created, updated };
    } finally {
      importing.value = false;
    }
  }

  return { fileName, reading, rows, draftProblem, problemCount, ready, importing, sendError, chooseFile, send, reset };
}
