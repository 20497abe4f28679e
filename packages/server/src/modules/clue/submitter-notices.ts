import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Logger } from '../../logger.js';
import type { SmsSender } from '../identity/sms-sender.js';
import type { PhoneSeal } from './phone.js';
import type { SubmitterEvent } from './submitter-word.entity.js';

/** What the submitter notices use: the root entity manager (each run works on a fork), the SMS border and the seal. */
export interface SubmitterNoticeServices {
  em: EntityManager;
  sms: SmsSender;
  phones: PhoneSeal;
  logger: Logger;
  /** 【…】, the gateway's approved signature. */
  signature: string;
  /** Where the tracking page is, for the link in the message; none: the code alone. */
  publicUrl: string | undefined;
}

/** Only what happened this recently is told: an upgrade or a long outage does not text people about last year. */
export const NOTICE_WINDOW_DAYS = 7;
/** A message the gateway refused is tried again on later runs, this many times in all. */
export const NOTICE_ATTEMPTS = 3;

interface Candidate {
  key: string;
  clueId: string;
  event: SubmitterEvent;
  code: string;
  title: string;
  sessionTitle: string | null;
}

/** A notice's key: the clue, the event and what it is about (the question asked; the item and its handling round closed). */
export const noticeKey = (event: SubmitterEvent, clueId: string, about: string | null) =>
  [clueId, event, ...(about ? [about] : [])].join(':');

// Every event that should be told and is not yet in the outbox, keyed as noticeKey says. The keys say what each is about, so a
// second handling closed again, or the same clue's question asked in a later session, is told again.
const CANDIDATES = `
  select * from (
    select c.id || ':ACCEPTED' as key, c.id as "clueId", 'ACCEPTED' as event, c.tracking_code as code, c.title, null as "sessionTitle"
      from clue c
      where c.phone_sealed is not null and c.status = 'ACCEPTED' and c.decided_at >= ?::timestamptz
    union all
    select c.id || ':ON_AIR:' || q.id, c.id, 'ON_AIR', c.tracking_code, c.title, s.title
      from clue c join question q on q.id = c.question_id join session s on s.id = q.session_id
      where c.phone_sealed is not null and q.phase <> 'PENDING' and not s.rehearsal and s.scheduled_at >= ?::timestamptz
    union all
    select c.id || ':CLOSED:' || f.id || ':' || f.handling_round, c.id, 'CLOSED', c.tracking_code, c.title, null
      from follow_up f join clue c on c.id = f.source_clue_id or (f.question_id is not null and c.question_id = f.question_id)
      where c.phone_sealed is not null and f.parent_id is null and f.status = 'CLOSED' and f.closed_at >= ?::timestamptz
  ) candidate
  where not exists (select 1 from clue_notice n where n.key = candidate.key)`;

const short = (title: string) => (title.length > 20 ? `${title.slice(0, 19)}…` : title);

/** The message for one event; the code (and the page, when the deployment has an address) lets them follow it. */
export function noticeText(candidate: Omit<Candidate, 'key' | 'clueId'>, signature: string, publicUrl: string | undefined): string {
  const where = publicUrl ? `${publicUrl}/clues/track/${candidate.code}` : `查询码 ${candidate.code}`;
  const title = short(candidate.title);
  switch (candidate.event) {
    case 'ACCEPTED':
      return `${signature}您反映的“${title}”已被采纳为问政问题，进展请查看：${where}`;
    case 'ON_AIR':
      return `${signature}您反映的“${title}”已在“${short(candidate.sessionTitle ?? '')}”中提问，答复和测评结果请查看：${where}`;
    case 'CLOSED':
      return `${signature}您反映的“${title}”已办结。问题是否真正解决？请告诉我们：${where}`;
  }
}

/** Writes a notice for every event not yet told; returns how many it wrote. */
export async function queueSubmitterNotices(
  services: Pick<SubmitterNoticeServices, 'em' | 'signature' | 'publicUrl'>,
  now = new Date(),
): Promise<number> {
  const em = services.em.fork();
  const since = new Date(now.getTime() - NOTICE_WINDOW_DAYS * 86_400_000).toISOString();
  const candidates = await em.execute<Candidate[]>(CANDIDATES, [since, since, since]);
  let written = 0;
  for (const candidate of candidates) {
    // Two instances may find the same event: the key lets only one row in.
    const rows = await em.execute<{ key: string }[]>(
      `insert into clue_notice (key, clue_id, event, text, delivery, attempts, created_at) values (?, ?, ?, ?, 'PENDING', 0, ?)
        on conflict (key) do nothing returning key`,
      [candidate.key, candidate.clueId, candidate.event, noticeText(candidate, services.signature, services.publicUrl), now],
    );
    written += rows.length;
  }
  return written;
}

/**
 * Sends what the outbox holds. Each notice is claimed (PENDING → SENDING) in one statement before it
 * goes to the gateway, so no two runs send it; one that a crash left SENDING is not sent again: a
 * missed text is better than a repeated one.
 */
export async function deliverSubmitterNotices(services: SubmitterNoticeServices, now = new Date()): Promise<number> {
  const em = services.em.fork();
  const claimed = await em.execute<{ key: string; text: string; phone: string }[]>(
    `update clue_notice n set delivery = 'SENDING', attempts = n.attempts + 1
      from clue c
      where c.id = n.clue_id and n.key in (
        select key from clue_notice where delivery = 'PENDING' order by created_at limit 100 for update skip locked)
      returning n.key, n.text, c.phone_sealed as phone`,
  );
  let sent = 0;
  for (const notice of claimed) {
    const outcome = await services.sms.send(services.phones.open(notice.phone), notice.text).then(
      () => null,
      (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300),
    );
    if (outcome === null) sent++;
    else services.logger.warn({ notice: notice.key, reason: outcome }, 'a text to a clue’s submitter was not accepted');
    await em.execute(
      `update clue_notice set
        delivery = case when ?::text is null then 'SENT' when attempts >= ? then 'FAILED' else 'PENDING' end,
        sent_at = case when ?::text is null then ?::timestamptz else null end,
        error = ?
        where key = ?`,
      [outcome, NOTICE_ATTEMPTS, outcome, now, outcome, notice.key],
    );
  }
  return sent;
}

/** Queues and sends submitters' notices every minute on every instance (safe: see the two steps). */
export class SubmitterNoticeJob {
  private readonly timer: NodeJS.Timeout;

  constructor(services: SubmitterNoticeServices, everyMs = 60_000) {
    this.timer = setInterval(
      () =>
        void queueSubmitterNotices(services)
          .then(() => deliverSubmitterNotices(services))
          .catch((error: unknown) => services.logger.warn({ err: error }, 'submitter notice run failed')),
      everyMs,
    );
    this.timer.unref();
  }

  close(): void {
    clearInterval(this.timer);
  }
}
