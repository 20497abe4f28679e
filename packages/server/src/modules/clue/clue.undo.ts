import { LockMode } from '@mikro-orm/core';
import type { Config } from '../../config.js';
import { DomainError } from '../../graphql/errors.js';
import type { Scope } from '../../scope.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { auditClue } from './clue-audit.js';
import { Clue } from './clue.entity.js';
import { nextClueStatus } from './clue-status.js';
import type { ClueType } from './clue.type.js';
import { clueView, getClue } from './clue.views.js';

/** Until when a clue's rejection or merge may be undone (the window only; the safety checks run on undo). */
export function undoUntil(clue: Pick<ClueType, 'status' | 'decidedAt'>, hours: number): Date | null {
  if ((clue.status !== 'REJECTED' && clue.status !== 'MERGED') || !clue.decidedAt || hours <= 0) return null;
  const until = new Date(clue.decidedAt.getTime() + hours * 3_600_000);
  return until > new Date() ? until : null;
}

/** Why an undo is refused although the window is still open; the codes are in `extensions.reason`. */
const unsafe = {
  REPLIED_SINCE: 'A public reply was given after the decision, and the submitter may have read it; reply again instead of undoing.',
  INTO_MERGED:
    'The clue it was merged into has since been merged into another one, which took its supporters along; undo that merge first.',
} as const;

/**
 * Takes back a rejection or a merge within the undo window (CLUE_UNDO_HOURS), if nothing that depends
 * on it happened since: the clue is new again, published as it was, and a merge's copied supports
 * leave the clue it was merged into.
 */
export async function undoClueDecision(ctx: Scope<{ config: Pick<Config, 'clueUndoHours'> }>, clueId: string): Promise<ClueType> {
  const hours = ctx.services.config.clueUndoHours;
  const clue = await ctx.em.transactional(async (em) => {
    const clue = await getClue(em, clueId, true);
    const verb = clue.status === 'MERGED' ? 'merge' : 'reject';
    const status = nextClueStatus(clue.status, 'undo');
    const decidedAt = clue.decidedAt ?? null;
    if (!decidedAt || !undoUntil({ status: clue.status, decidedAt }, hours)) {
      throw new DomainError(
        'UNDO_EXPIRED',
        `A rejection or merge can be undone only within ${hours} hours of the decision${decidedAt ? ` (this one was made at ${decidedAt.toISOString()})` : ''}; ask the submitter to send the clue again if it needs another look.`,
        { decidedAt: decidedAt?.toISOString() ?? null, hours },
      );
    }
    const refuse = (reason: keyof typeof unsafe, details: Record<string, unknown> = {}) =>
      new DomainError('UNDO_UNSAFE', unsafe[reason], { reason, ...details });
    if (clue.repliedAt && clue.repliedAt > decidedAt) throw refuse('REPLIED_SINCE', { repliedAt: clue.repliedAt.toISOString() });

    let detail: Record<string, unknown> = {};
    if (clue.mergedInto) {
      // Locked like a merge locks its clue, so no merge into or out of it runs meanwhile.
      const into = await em.findOneOrFail(Clue, { id: clue.mergedInto.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (into.status === 'MERGED') throw refuse('INTO_MERGED', { intoId: into.id });
      const removed = await em.execute<{ device_key: string }[]>(
        'delete from clue_support where clue_id = ? and merged_from_id = ? returning device_key',
        [into.id, clue.id],
      );
      // Counted again in SQL, like a support counts itself, so a support arriving meanwhile is not lost.
      await em.execute('update clue set support_count = (select count(*) from clue_support where clue_id = ?) where id = ?', [
        into.id,
        into.id,
      ]);
      detail = { intoId: into.id, supportsReturned: removed.length };
    } else if (verb === 'reject') {
      detail = { reason: clue.rejectReason, note: clue.rejectNote };
    }
    const decision = await em.findOne(
      AuditEntry,
      { subjectType: 'Clue', subjectId: clue.id, action: `clue.${verb}` },
      { orderBy: { id: 'desc' } },
    );
    em.assign(clue, {
      status,
      decidedAt: null,
      mergedInto: null,
      rejectReason: null,
      rejectNote: null,
      published: decision?.detail?.wasPublished === true,
    });
    auditClue(em, ctx.viewer, 'clue.undo', clue.id, { undid: verb, ...detail });
    return clue;
  });
  return clueView(ctx.em, clue);
}
