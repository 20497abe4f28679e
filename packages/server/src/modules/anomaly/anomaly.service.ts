import type { FilterQuery } from '@mikro-orm/core';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { Caller, Scope } from '../../scope.js';
import type { JoinLimiter } from './join-limiter.js';
import { DomainError } from '../../graphql/errors.js';
import { addressKey } from '../../http/client-address.js';
import { containsPattern, findPage } from '../../graphql/pagination.js';
import type { JoinAnomalyListArgs } from './anomaly.inputs.js';
import { JoinAnomaly } from './join-anomaly.entity.js';
import { getSession } from '../session/session.service.js';

/** A join from an address: its limit, and the log for a refusal that could not be flagged. */
type JoinAdmission = Scope<{ joinLimiter: JoinLimiter; logger: Logger }> & { ip: string };

/** Spends one of the address's joins (joinSession, claimSeat); over the cap the join is refused and the refusal flagged for staff. */
export async function admitJoin(ctx: JoinAdmission, joinCode: string): Promise<void> {
  try {
    await ctx.services.joinLimiter.consume(ctx.ip);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'RATE_LIMITED') await flagRefusedJoin(ctx, joinCode);
    throw error;
  }
}

/**
 * Counts one refused join against (address, session, clock minute) in one statement, so a flood
 * costs one row per minute. A code that names no session is refused without a flag. A failure to
 * flag is logged and never turns the refusal into another error.
 */
async function flagRefusedJoin(ctx: JoinAdmission, joinCode: string): Promise<void> {
  try {
    await ctx.em.execute(
      `insert into join_anomaly (address, session_id, window_start, refused_joins, first_refused_at, last_refused_at)
       select ?, s.id, date_trunc('minute', now()), 1, now(), now() from session s where s.join_code = ?
       on conflict (address, session_id, window_start)
       do update set refused_joins = join_anomaly.refused_joins + 1, last_refused_at = excluded.last_refused_at`,
      [addressKey(ctx.ip).slice(0, 64), joinCode.trim()],
    );
  } catch (error) {
    ctx.services.logger.warn({ err: error }, 'could not flag a refused join');
  }
}

/** Flagged addresses, most recently refused first; `search` matches the address. */
export function listJoinAnomalies<T>(ctx: Caller, args: JoinAnomalyListArgs, map: (anomaly: JoinAnomaly) => T) {
  const where: FilterQuery<JoinAnomaly> = {};
  if (args.sessionId) where.session = args.sessionId;
  if (args.search) where.address = { $ilike: containsPattern(args.search) };
  return findPage(ctx.em, JoinAnomaly, { where, orderBy: { lastRefusedAt: 'desc', id: 'desc' }, args, populate: ['session'] }, map);
}

interface VolumeRow {
  address: string;
  joins: number;
  ballots: number;
  topRoundBallots: number;
}

/** Volume per address in a session, busiest first against the flag levels (at most 50 rows), and how many are flagged. */
export async function addressVolumes(ctx: Scope<{ config: Config }>, sessionId: string) {
  const session = await getSession(ctx, { id: sessionId });
  const { joinFlagLevel, ballotFlagLevel } = ctx.services.config;
  const rows = await ctx.em.execute<VolumeRow[]>(
    `with b as (
       select ab.address, sum(ab.ballots)::int as ballots, max(ab.ballots)::int as top
       from address_ballots ab join vote_round r on r.id = ab.round_id where r.session_id = ? group by ab.address
     ), j as (select address, joins from address_joins where session_id = ?)
     select coalesce(j.address, b.address) as address, coalesce(j.joins, 0)::int as joins, coalesce(b.ballots, 0)::int as ballots, coalesce(b.top, 0)::int as "topRoundBallots"
     from j full join b on b.address = j.address`,
    [session.id, session.id],
  );
  const load = (r: VolumeRow) => Math.max(r.joins / joinFlagLevel, r.topRoundBallots / ballotFlagLevel);
  const addresses = rows
    .map((r) => ({ ...r, flagged: r.joins > joinFlagLevel || r.topRoundBallots > ballotFlagLevel }))
    .sort((a, b) => load(b) - load(a) || a.address.localeCompare(b.address));
  return { joinFlagLevel, ballotFlagLevel, flaggedCount: addresses.filter((a) => a.flagged).length, addresses: addresses.slice(0, 50) };
}
