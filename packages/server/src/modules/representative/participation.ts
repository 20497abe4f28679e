import type { Writable } from 'node:stream';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { badInput } from '../../graphql/errors.js';
import { containsPattern } from '../../graphql/pagination.js';
import type { Caller } from '../../scope.js';
import { representativeScope } from './representative.access.js';
import type { Participation } from './representative.type.js';

// 履职 figures: what each representative did in a period [from, to), counted from the records
// themselves (clues, replies, items, scores, the studio vote register), never from the audit log.

interface Row {
  id: string;
  name: string;
  district: string;
  clues_received: number;
  clues_answered: number;
  clues_dispatched: number;
  items_supervised: number;
  scores_given: number;
  studio_votes: number;
  sessions_attended: number;
}

const SQL = `
select r.id, r.name, r.district,
  (select count(*) from clue c where c.representative_id = r.id and c.created_at >= ?1 and c.created_at < ?2)::int as clues_received,
  (select count(*) from clue c where c.reply_representative_id = r.id and c.replied_at >= ?1 and c.replied_at < ?2)::int as clues_answered,
  (select count(*) from follow_up f where f.requested_by_id = r.id and f.dispatched_at >= ?1 and f.dispatched_at < ?2)::int as clues_dispatched,
  (select count(*) from follow_up_supervisor s join follow_up f on f.id = s.follow_up_id
     where s.representative_id = r.id and f.dispatched_at < ?2 and (f.closed_at is null or f.closed_at >= ?1))::int as items_supervised,
  (select count(*) from follow_up_score x where x.representative_id = r.id and x.at >= ?1 and x.at < ?2)::int as scores_given,
  (select count(*) from vote_register v join roll_member m on v.voter_key = 'member:' || m.id::text
     where r.account_id is not null and m.account_id = r.account_id and v.at >= ?1 and v.at < ?2)::int as studio_votes,
  (select count(distinct m.session_id) from vote_register v join roll_member m on v.voter_key = 'member:' || m.id::text
     where r.account_id is not null and m.account_id = r.account_id and v.at >= ?1 and v.at < ?2)::int as sessions_attended
from representative r`;

/** Positional parameters as the driver takes them: each ?n above expanded in order. */
function expand(sql: string, from: Date, to: Date): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const text = sql.replace(/\?([12])/g, (_, n: string) => {
    params.push(n === '1' ? from : to);
    return '?';
  });
  return { sql: text, params };
}

export function checkPeriod(from: Date, to: Date): void {
  if (!(from.getTime() < to.getTime())) throw badInput('to', 'The period must end after it starts.');
  if (to.getTime() - from.getTime() > 20 * 366 * 86_400_000) throw badInput('from', 'Choose a period of at most 20 years.');
}

export async function participationRows(
  em: EntityManager,
  period: { from: Date; to: Date },
  filter: { representativeId?: string; search?: string | null },
): Promise<Participation[]> {
  checkPeriod(period.from, period.to);
  const { sql, params } = expand(SQL, period.from, period.to);
  const where: string[] = [];
  if (filter.representativeId) {
    where.push('r.id = ?');
    params.push(filter.representativeId);
  }
  if (filter.search?.trim()) {
    where.push('(r.name ilike ? or r.district ilike ?)');
    const pattern = containsPattern(filter.search);
    params.push(pattern, pattern);
  }
  const rows = await em.execute<Row[]>(
    `${sql} ${where.length ? `where ${where.join(' and ')}` : ''} order by r.name, r.id limit 5000`,
    params,
  );
  return rows.map((r) => ({
    representative: { id: r.id, name: r.name, district: r.district },
    cluesReceived: r.clues_received,
    cluesAnswered: r.clues_answered,
    cluesDispatched: r.clues_dispatched,
    itemsSupervised: r.items_supervised,
    scoresGiven: r.scores_given,
    studioVotes: r.studio_votes,
    sessionsAttended: r.sessions_attended,
  }));
}

/** Staff get every representative's row (searchable); a representative only their own. */
export async function representativeParticipation(ctx: Caller, args: { from: Date; to: Date; search?: string | null }) {
  const me = await representativeScope(ctx);
  return participationRows(ctx.em, args, me ? { representativeId: me.id } : { search: args.search });
}

const labels = {
  zh: {
    sheet: '代表履职',
    columns: ['姓名', '选区/代表团', '收到线索', '公开答复', '代表下单', '领办督办事项', '代表打分', '演播室投票', '参加场次'],
    file: '代表履职',
  },
  en: {
    sheet: 'Participation',
    columns: [
      'Name',
      'District',
      'Clues received',
      'Clues answered',
      'Clues dispatched',
      'Items supervised',
      'Scores given',
      'Studio votes',
      'Sessions attended',
    ],
    file: 'representative-participation',
  },
} as const;
export type ParticipationLanguage = keyof typeof labels;
export const participationFileName = (language: ParticipationLanguage) => labels[language].file;

/** The figures as a workbook, streamed to `output`; answers the number of rows. */
export async function writeParticipationWorkbook(
  em: EntityManager,
  period: { from: Date; to: Date },
  language: ParticipationLanguage,
  output: Writable,
): Promise<number> {
  const rows = await participationRows(em, period, {});
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  const l = labels[language];
  const sheet = workbook.addWorksheet(l.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = l.columns.map((header, i) => ({ header, width: i < 2 ? 18 : 14 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const r of rows)
    sheet
      .addRow([
        r.representative.name,
        r.representative.district,
        r.cluesReceived,
        r.cluesAnswered,
        r.cluesDispatched,
        r.itemsSupervised,
        r.scoresGiven,
        r.studioVotes,
        r.sessionsAttended,
      ])
      .commit();
  sheet.commit();
  await workbook.commit();
  return rows.length;
}
