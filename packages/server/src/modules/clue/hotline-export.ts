import type { Writable } from 'node:stream';
import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { FollowUp, FollowUpEvent } from '../follow-up/follow-up.entity.js';
import type { FollowUpFilter } from '../follow-up/follow-up.inputs.js';
import type { FollowUpStatus } from '../follow-up/follow-up-status.js';
import { FollowUpAction } from '../follow-up/follow-up-timeline.js';
import { followUpWhere } from '../follow-up/follow-up.views.js';
import { hotlineColumns, hotlineResultColumns } from './hotline-columns.js';

/** 办理状态 as the 12345 platform words it. */
export const hotlineStatusWords: Record<FollowUpStatus, string> = {
  DRAFT: '待交办',
  DISPATCHED: '已交办',
  ACCEPTED: '已签收',
  RETURNED: '退回',
  IN_PROGRESS: '办理中',
  REPORTED: '已答复',
  APPROVED: '已答复',
  SENT_BACK: '重新办理',
  EVALUATING: '回访中',
  CLOSED: '已办结',
  REOPENED: '二次办理',
};

/** China time as the import reads it back: 2026-11-01 09:30:00. */
const chinaTime = (at: Date | null | undefined) =>
  at ? new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ') : '';

export const hotlineExportFormats = ['xlsx', 'csv'] as const;
export type HotlineExportFormat = (typeof hotlineExportFormats)[number];

/**
 * Items' status for the 12345 platform, in the import's column layout plus 办结时间 and 办理结果 (the
 * department's latest report that is not under or refused by staff review). By default only items
 * from 12345 orders; `all` adds the board's other items with an empty order number. Phones stay
 * masked. Read a page of items at a time; the rows are streamed (xlsx) or written as UTF-8 with its
 * byte-order mark, so Excel opens the .csv in Chinese.
 */
export async function writeHotlineExport(
  em: EntityManager,
  options: { filter: FollowUpFilter; all: boolean; format: HotlineExportFormat },
  output: Writable,
): Promise<number> {
  const header = [...hotlineColumns.map((c) => c.header), ...hotlineResultColumns];
  const { default: ExcelJS } = await import('exceljs');
  const where: FilterQuery<FollowUp> = {
    $and: [followUpWhere(options.filter, new Date()), options.all ? {} : { sourceClue: { hotlineOrderNo: { $ne: null } } }],
  };
  const csv = options.format === 'csv' ? new ExcelJS.Workbook() : null;
  const stream = csv ? null : new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  const sheet = (csv ?? stream!).addWorksheet('12345工单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h) => ({ header: h, width: h === '诉求内容' || h === '办理结果' ? 60 : 18 }));
  sheet.getRow(1).font = { bold: true };
  if (stream) sheet.getRow(1).commit();

  let after: string | undefined;
  let rows = 0;
  do {
    const page = await em.findByCursor(FollowUp, {
      where,
      orderBy: { createdAt: 'asc', id: 'asc' },
      first: 500,
      after,
      populate: ['department', 'sourceClue', 'sourceClue.category'],
    });
    const ids = page.items.map((i) => i.id);
    const reports = ids.length
      ? await em.find(
          FollowUpEvent,
          { followUp: { $in: ids }, action: FollowUpAction.REPORTED, $or: [{ review: null }, { review: 'APPROVED' }] },
          { orderBy: { at: 'asc' } },
        )
      : [];
    const reportOf = new Map(reports.map((e) => [e.followUp.id, e.note ?? '']));
    for (const item of page.items) {
      const clue = item.sourceClue;
      const row = sheet.addRow([
        clue?.hotlineOrderNo ?? '',
        chinaTime(clue?.hotlineReceivedAt ?? clue?.createdAt ?? item.createdAt),
        item.title,
        clue?.description ?? item.commitment,
        clue?.category.name ?? '',
        clue?.location ?? '',
        clue?.submitterName ?? '',
        clue?.phoneMasked ?? '',
        item.department.name,
        chinaTime(item.deadline),
        hotlineStatusWords[item.status as FollowUpStatus],
        item.status === 'CLOSED' ? chinaTime(item.closedAt) : '',
        reportOf.get(item.id) ?? '',
      ]);
      if (stream) row.commit();
      rows++;
    }
    after = page.hasNextPage ? (page.endCursor ?? undefined) : undefined;
    em.clear();
  } while (after);
  if (stream) {
    sheet.commit();
    await stream.commit();
  } else {
    await csv!.csv.write(output, { formatterOptions: { writeBOM: true } });
  }
  return rows;
}
