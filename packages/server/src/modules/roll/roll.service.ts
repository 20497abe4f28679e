import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Caller } from '../../scope.js';
import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import { Account } from '../account/account.entity.js';
import { Role } from '../account/role.js';
import { recordAudit } from '../audit/audit.service.js';
import { anonymous } from '../auth/viewer.js';
import type { Voter } from '../session/audience-pass.js';
import { Session } from '../session/session.entity.js';
import { assertEditable } from '../session/session-status.js';
import { getSession } from '../session/session.service.js';
import { Channel } from '../vote/choice.js';
import { RollMember, studioVoterKey } from './roll-member.entity.js';
import { normalizeSeatCode, seatLabel as labelOf, seatNumber, unusedSeatCode } from './seat-code.js';

export interface RollEntry {
  name: string;
  accountId?: string | null;
}

/** The studio roll of a session, in seat order (1号席, 2号席 … 10号席: by number, not as text). */
export async function studioRoll(ctx: Caller, sessionId: string): Promise<RollMember[]> {
  const session = await getSession(ctx, { id: sessionId });
  const members = await ctx.em.find(RollMember, { session }, { populate: ['account'] });
  return members.sort((a, b) => a.seatLabel.localeCompare(b.seatLabel, 'zh-CN', { numeric: true }));
}

/**
 * Puts people on the studio roll, each with a seat code of their own; the roll's size is the studio
 * electorate. The roll is part of the published rules, so it is frozen once the session goes live.
 */
export async function addToRoll(ctx: Caller, sessionId: string, entries: RollEntry[]): Promise<RollMember[]> {
  return ctx.em.transactional(async (em) => {
    const session = await getSession({ ...ctx, em }, { id: sessionId });
    assertEditable(session.status, 'The studio roll');
    const existing = await em.find(RollMember, { session });
    const accounts = await representativeAccounts(em, entries);
    const onRoll = new Set(existing.map((m) => m.account?.id).filter(Boolean));
    const codes = new Set(existing.map((m) => m.seatCode));
    // Numbered after the highest seat so far: a seat freed by a removal keeps its number out of use.
    const lastSeat = Math.max(0, ...existing.map((m) => seatNumber(m.seatLabel)));
    const added = entries.map((entry, i) => {
      const account = entry.accountId ? accounts.get(entry.accountId)! : null;
      if (account && onRoll.has(account.id))
        throw new DomainError('CONFLICT', `${account.displayName} is already on this roll.`, { field: `people.${i}.accountId` });
      if (account) onRoll.add(account.id);
      const seatLabel = labelOf(lastSeat + i + 1);
      // A seat printed without a name is known by its seat until the staff write the name on paper.
      const name = entry.name.trim() || account?.displayName || seatLabel;
      return em.create(RollMember, { session, name, account, seatCode: unusedSeatCode(codes), seatLabel, seatClaimedAt: null });
    });
    session.studioElectorate = existing.length + added.length;
    recordAudit(
      em,
      ctx.viewer,
      'roll.add',
      { type: 'Session', id: sessionId },
      { count: added.length, accounts: added.filter((m) => m.account).length },
    );
    return added;
  });
}

/** Prints `count` more seat codes for people the staff will name on paper (the roll grows by as many). */
export function issueSeatCodes(ctx: Caller, sessionId: string, count: number): Promise<RollMember[]> {
  return addToRoll(
    ctx,
    sessionId,
    Array.from({ length: count }, () => ({ name: '' })),
  );
}

/** Takes a person off the roll before the session goes live, unless their seat code was already used. */
export async function removeFromRoll(ctx: Caller, memberId: string): Promise<void> {
  await ctx.em.transactional(async (em) => {
    const member = await em.findOne(RollMember, { id: memberId }, { populate: ['session'] });
    if (!member) throw notFound('The person on the roll');
    assertEditable(member.session.status, 'The studio roll');
    if (member.seatClaimedAt)
      throw new DomainError('CONFLICT', 'This seat code has already been claimed on a phone; the person stays on the roll.');
    const size = await em.count(RollMember, { session: member.session });
    em.remove(member);
    member.session.studioElectorate = size - 1;
    recordAudit(em, ctx.viewer, 'roll.remove', { type: 'Session', id: member.session.id }, { seat: member.seatLabel });
  });
}

/** A pass for a studio seat: the printed code works once, on the first phone that claims it. */
export async function claimSeat(ctx: Pick<Caller, 'em'> & { ip: string }, session: Session, seatCode: string): Promise<Voter> {
  const code = normalizeSeatCode(seatCode);
  // The conditional update claims the code for exactly one phone, and the audit entry commits with it.
  const memberId = await ctx.em.transactional(async (tx) => {
    const claimed = await tx.execute<{ id: string }[]>(
      'update roll_member set seat_claimed_at = now() where session_id = ? and seat_code = ? and seat_claimed_at is null returning id',
      [session.id, code],
    );
    if (claimed.length === 0) {
      const exists = await tx.count(RollMember, { session, seatCode: code });
      throw exists
        ? new DomainError('CONFLICT', 'This seat code has already been used.', { field: 'seatCode' })
        : badInput('seatCode', 'This seat code is not valid for this session.');
    }
    recordAudit(tx, anonymous, 'seat.claim', { type: 'RollMember', id: claimed[0]!.id }, { ip: ctx.ip });
    return claimed[0]!.id;
  });
  return { sessionId: session.id, channel: Channel.STUDIO, voterKey: studioVoterKey(memberId) };
}

/** The studio voter of each representative account on a session's roll: account id → register key. */
export async function studioVotersByAccount(em: EntityManager, sessionId: string): Promise<Map<string, string>> {
  const members = await em.find(RollMember, { session: sessionId, account: { $ne: null } }, { fields: ['id', 'account'] });
  return new Map(members.map((m) => [m.account!.id, studioVoterKey(m.id)]));
}

async function representativeAccounts(em: EntityManager, entries: RollEntry[]): Promise<Map<string, Account>> {
  const ids = [...new Set(entries.map((e) => e.accountId).filter((id): id is string => Boolean(id)))];
  const accounts = new Map((await em.find(Account, { id: { $in: ids }, role: Role.REPRESENTATIVE })).map((a) => [a.id, a]));
  entries.forEach((entry, i) => {
    if (entry.accountId && !accounts.has(entry.accountId))
      throw badInput(`people.${i}.accountId`, 'Only a representative’s account can be put on the studio roll.');
  });
  return accounts;
}
