import { badInput, DomainError } from '../../graphql/errors.js';
import type { Caller } from '../../scope.js';
import { recordAudit } from '../audit/audit.service.js';
import { Session } from '../session/session.entity.js';
import { getSession } from '../session/session.service.js';
import type { ClueCallInput } from './clue.inputs.js';
import type { ClueCall } from './clue.type.js';
import { sessionRef } from './clue.views.js';

// A session's call for clues (征集): the window in which the public sends clues for it.

/** Whether a session's call for clues is open at `now`. */
export function callIsOpen(session: Session, now = new Date()): boolean {
  return Boolean(session.clueCallOpensAt && session.clueCallClosesAt && session.clueCallOpensAt <= now && now < session.clueCallClosesAt);
}

export function collectionClosed(session: Session): DomainError {
  const { clueCallOpensAt: opensAt, clueCallClosesAt: closesAt } = session;
  const when =
    !opensAt || !closesAt
      ? 'This session is not collecting clues.'
      : new Date() < opensAt
        ? `Clues for this session are collected from ${opensAt.toISOString()}.`
        : `The call for clues closed at ${closesAt.toISOString()}.`;
  return new DomainError('COLLECTION_CLOSED', `${when} You can still send it as a general submission.`, {
    opensAt: opensAt?.toISOString() ?? null,
    closesAt: closesAt?.toISOString() ?? null,
  });
}

function toClueCall(session: Session): ClueCall {
  return {
    session: sessionRef(session)!,
    opensAt: session.clueCallOpensAt ?? null,
    closesAt: session.clueCallClosesAt ?? null,
    open: callIsOpen(session),
  };
}

export async function clueCall(ctx: Caller, sessionId: string): Promise<ClueCall> {
  return toClueCall(await getSession(ctx, { id: sessionId }));
}

/** Calls open now or opening later, soonest closing first. */
export async function currentClueCalls(ctx: Caller): Promise<ClueCall[]> {
  const sessions = await ctx.em.find(
    Session,
    { status: { $ne: 'DRAFT' }, clueCallClosesAt: { $gt: new Date() } },
    { orderBy: { clueCallClosesAt: 'asc' }, limit: 20 },
  );
  return sessions.map(toClueCall);
}

/** Opens, moves or closes a session's call for clues. */
export async function setClueCall(ctx: Caller, input: ClueCallInput): Promise<ClueCall> {
  const session = await getSession(ctx, { id: input.sessionId });
  const opensAt = input.opensAt ?? null;
  const closesAt = input.closesAt ?? null;
  if ((opensAt === null) !== (closesAt === null)) throw badInput('closesAt', 'Set both the opening and the closing time, or clear both.');
  if (opensAt && closesAt && opensAt >= closesAt) throw badInput('closesAt', 'The call must close after it opens.');
  ctx.em.assign(session, { clueCallOpensAt: opensAt, clueCallClosesAt: closesAt });
  recordAudit(ctx.em, ctx.viewer, 'session.clueCall', { type: 'Session', id: session.id }, { opensAt, closesAt });
  await ctx.em.flush();
  return toClueCall(session);
}
