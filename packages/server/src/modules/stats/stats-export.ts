import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { SessionKind } from '../session/session-kind.js';
import type { RoundResult } from '../vote/result.js';
import { outcomeLabel, statsLabels, type Language } from './stats-labels.js';
import { followUpItemRows } from './follow-up.queries.js';
import { resultRows, satisfactionByYear } from './satisfaction.queries.js';
import type { CountScope } from './stats-sql.js';
import { channelStats, departmentLeagueIn, sessionStatisticsIn } from './stats.service.js';

// Streamed .xlsx workbooks of aggregates (like the clue export): a page of rows at a time, never the
// whole result in memory, and never a ballot, only stored round results and item figures.

const PAGE = 200;
const CST_OFFSET_MS = 8 * 3_600_000;
/** Excel has no time zones: times are written as China Standard Time wall-clock values. */
const cst = (date: Date | null) => (date ? new Date(date.getTime() + CST_OFFSET_MS) : null);
const DATE_TIME = 'yyyy-mm-dd hh:mm';

/** exceljs is loaded with the first export, not at start-up: it is large, and a restarted server must be ready within seconds. */
async function workbookFor(output: Writable) {
  const { default: Excel } = await import('exceljs');
  return new Excel.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
}

function sheetWith(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: [string, number][], dateColumns: number[] = []) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map(([header, width], index) => ({
    header,
    width,
    ...(dateColumns.includes(index + 1) ? { style: { numFmt: DATE_TIME } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return sheet;
}

/** Sessions held in the period (newest first), the years' trend and the department league table. */
export async function writeSessionsWorkbook(
  em: EntityManager,
  scope: CountScope,
  language: Language,
  output: Writable,
  kind: SessionKind | null = null,
): Promise<number> {
  const labels = statsLabels[language];
  const workbook = await workbookFor(output);

  const sessions = sheetWith(workbook, labels.sessions.sheet, labels.sessions.columns, [3]);
  let after: string | null = null;
  let rows = 0;
  do {
    const page = await sessionStatisticsIn(em, scope, PAGE, after, null, kind);
    for (const s of page.nodes) {
      sessions
        .addRow([
          s.title,
          labels.kinds[s.kind] ?? s.kind,
          cst(s.scheduledAt),
          s.questions,
          s.rounds,
          s.composite,
          s.studio.satisfactionRate,
          s.online.satisfactionRate,
          s.studio.total,
          s.online.total,
          s.studioTurnoutRate,
          s.satisfiedOutcomes,
          s.unsatisfiedOutcomes,
          s.noVoteOutcomes,
        ])
        .commit();
      rows++;
    }
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  sessions.addRow([]).commit();
  sessions.addRow([labels.timeNote]).commit();
  sessions.commit();

  const years = sheetWith(workbook, labels.years.sheet, labels.years.columns);
  for (const y of await satisfactionByYear(em, scope, kind)) {
    const studio = channelStats('STUDIO', y.studioS, y.studioB, y.studioU, y.rounds, y.studioRate);
    const online = channelStats('ONLINE', y.onlineS, y.onlineB, y.onlineU, y.rounds, y.onlineRate);
    years
      .addRow([
        y.year,
        y.sessions,
        y.rounds,
        y.composite === null ? null : Math.round(y.composite * 10) / 10,
        studio.satisfactionRate,
        online.satisfactionRate,
        studio.total,
        online.total,
        y.satisfiedOutcomes,
        y.unsatisfiedOutcomes,
      ])
      .commit();
  }
  years.commit();

  const league = await departmentLeagueIn(em, scope);
  const table = sheetWith(workbook, labels.league.sheet, labels.league.columns);
  for (const r of league.rows) {
    table
      .addRow([
        r.rank,
        r.name,
        r.score,
        r.satisfaction,
        r.onTimeRate,
        r.notReopenedRate,
        r.questions,
        r.items,
        r.due,
        r.onTime,
        r.reopened,
        r.answerRate,
        r.resolveRate,
      ])
      .commit();
  }
  table.addRow([]).commit();
  table.addRow([labels.league.formula, language === 'zh' ? league.formulaZh : league.formula]).commit();
  table.commit();

  await workbook.commit();
  return rows;
}

/**
 * Each option's votes in one readable cell: 满意 4；基本满意 4；不满意 12, 赞成 9；反对 2；弃权 1, or per
 * candidate 甲 9 票（45.0%，当选）；乙 7 票（35.0%）. Votes are the studio's and online's together.
 */
export function optionsCell(result: RoundResult, language: Language): string {
  const labels = statsLabels[language];
  const separator = language === 'zh' ? '；' : '; ';
  return (result.options ?? [])
    .map((o) => {
      const votes = `${o.label} ${labels.votes(o.studio + o.online)}`;
      if (result.ballotType !== 'CHOOSE_UP_TO_N') return votes;
      const share = o.share === null ? null : `${o.share.toFixed(1)}%`;
      const details = [share, o.elected ? labels.elected : null].filter(Boolean);
      return details.length ? (language === 'zh' ? `${votes}（${details.join('，')}）` : `${votes} (${details.join(', ')})`) : votes;
    })
    .join(separator);
}

/**
 * Each counted round of the period, of every kind and ballot type, with its result per channel, each
 * option's votes, the outcome and the published rule (aggregates only, no ballots).
 */
export async function writeRoundsWorkbook(
  em: EntityManager,
  scope: CountScope,
  filter: { sessionId?: string | null; departmentId?: string | null; kind?: SessionKind | null },
  language: Language,
  output: Writable,
): Promise<number> {
  const labels = statsLabels[language];
  const workbook = await workbookFor(output);
  const sheet = sheetWith(workbook, labels.rounds.sheet, labels.rounds.columns, [3]);
  let after: [string, string, number] | null = null;
  let rows = 0;
  do {
    const page = await resultRows(em, scope, filter, { first: PAGE, after });
    for (const q of page.rows.slice(0, PAGE)) {
      const studio = channelStats('STUDIO', q.studioS, q.studioB, q.studioU, 1, q.studioRate);
      const online = channelStats('ONLINE', q.onlineS, q.onlineB, q.onlineU, 1, q.onlineRate);
      const channel = (c: typeof studio, total: number | undefined) =>
        q.ballotType === 'SATISFACTION'
          ? [c.satisfied, c.basicallySatisfied, c.unsatisfied, c.total, c.satisfactionRate]
          : [null, null, null, total ?? 0, null];
      const totalOf = (name: 'STUDIO' | 'ONLINE') => q.result.channels.find((c) => c.channel === name)?.total;
      sheet
        .addRow([
          q.sessionTitle,
          labels.kinds[q.sessionKind] ?? q.sessionKind,
          cst(q.scheduledAt),
          q.position,
          q.title,
          labels.subjects[q.subject] ?? q.subject,
          q.departmentName || null,
          q.respondent || null,
          q.district,
          q.budget,
          labels.roundStatuses[q.roundStatus],
          labels.ballotTypes[q.ballotType] ?? q.ballotType,
          ...channel(studio, totalOf('STUDIO')),
          ...channel(online, totalOf('ONLINE')),
          q.studioWeight,
          q.onlineWeight,
          q.composite,
          q.threshold,
          optionsCell(q.result, language),
          outcomeLabel(q.result, language),
          q.result.rule,
          q.result.note,
        ])
        .commit();
      rows++;
    }
    const last = page.rows.length > PAGE ? page.rows[PAGE - 1] : undefined;
    after = last ? [last.scheduledAt.toISOString(), last.sessionId, last.position] : null;
  } while (after);
  sheet.addRow([]).commit();
  sheet.addRow([labels.timeNote]).commit();
  sheet.commit();
  await workbook.commit();
  return rows;
}

/** The period's follow-up items (top-level, dispatched) with the same judgements the statistics use. */
export async function writeFollowUpsWorkbook(em: EntityManager, scope: CountScope, language: Language, output: Writable): Promise<number> {
  const labels = statsLabels[language];
  const workbook = await workbookFor(output);
  const sheet = sheetWith(workbook, labels.followUps.sheet, labels.followUps.columns, [8, 13, 14, 16]);
  let after: [string, string] | null = null;
  let rows = 0;
  for (;;) {
    const page = await followUpItemRows(em, scope, { first: PAGE, after });
    for (const f of page) {
      sheet
        .addRow([
          f.title,
          f.departmentName,
          f.coDepartments ?? '',
          f.sessionTitle ?? '',
          f.questionTitle ?? '',
          f.triggerOutcome ? labels.outcomes[f.triggerOutcome] : '',
          f.commitment,
          cst(f.deadline),
          labels.followUpStatuses[f.status],
          f.overdue ? labels.yes : labels.no,
          f.handlingRound,
          f.progress,
          cst(f.dispatchedAt),
          cst(f.reportedAt),
          f.due ? (f.onTime ? labels.yes : labels.no) : labels.notDue,
          cst(f.closedAt),
          f.subItems,
        ])
        .commit();
      rows++;
    }
    const last = page.at(-1);
    if (page.length < PAGE || !last) break;
    after = [last.deadline.toISOString(), last.id];
  }
  sheet.addRow([]).commit();
  sheet.addRow([labels.timeNote]).commit();
  sheet.commit();
  await workbook.commit();
  return rows;
}
