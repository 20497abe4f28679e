import type { Writable } from 'node:stream';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { Clue } from './clue.entity.js';
import type { ClueFilter } from './clue.inputs.js';
import type { ClueStatus } from './clue-status.js';
import { clueLabels, type Language } from './clue-labels.js';
import { clueOrder, clueWhere } from './clue.board.js';

/**
 * Streams the clues matching the board's filter into an .xlsx workbook, a page of rows at a time,
 * so a large export neither waits for every row nor holds them all. Phones stay masked.
 */
export async function writeClueWorkbook(em: EntityManager, filter: ClueFilter, language: Language, output: Writable): Promise<number> {
  const labels = clueLabels[language];
  // Loaded on the first export, not at start-up: exceljs is large, and a restarted server must be ready in seconds.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  const sheet = workbook.addWorksheet(labels.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = labels.columns.map(([header, width]) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  let after: string | undefined;
  let rows = 0;
  do {
    const page = await em.findByCursor(Clue, {
      where: clueWhere(filter),
      orderBy: clueOrder,
      first: 500,
      after,
      populate: ['session', 'category', 'department', 'question'],
    });
    for (const clue of page.items) {
      sheet
        .addRow([
          clue.trackingCode,
          clue.createdAt,
          clue.session?.title ?? labels.general,
          clue.title,
          clue.description,
          language === 'zh' ? clue.category.name : clue.category.nameEn,
          clue.location ?? '',
          labels.statuses[clue.status as ClueStatus],
          clue.published ? labels.yes : labels.no,
          clue.supportCount,
          clue.department?.name ?? '',
          clue.question?.title ?? '',
          clue.rejectReason ? labels.rejectReasons[clue.rejectReason] : '',
          clue.publicReply ?? '',
          clue.anonymous ? labels.anonymous : (clue.submitterName ?? ''),
          clue.phoneMasked ?? '',
        ])
        .commit();
      rows++;
    }
    after = page.hasNextPage ? (page.endCursor ?? undefined) : undefined;
    em.clear();
  } while (after);
  sheet.commit();
  await workbook.commit();
  return rows;
}
