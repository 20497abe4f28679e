import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import type { ClueVerb } from './clue-status.js';

/**
 * Every audit action on a clue. The audit trail is also the clue's public timeline (see
 * clue.tracking.ts), so actions are written and read back by this type: renaming one, or adding one
 * without saying whether the public sees it, fails to compile.
 */
export type ClueAuditAction =
  | 'clue.submit'
  | `clue.${ClueVerb}`
  | 'clue.publish'
  | 'clue.unpublish'
  | 'clue.reply'
  | 'clue.verdict'
  | 'clue.revealPhone';

/**
 * The actions the public timeline shows; all others (who looked at a phone number) stay with staff.
 * An undo is not a step of its own: the decision it took back leaves the public timeline with it.
 */
export type PublicClueAction = Exclude<ClueAuditAction, 'clue.revealPhone' | 'clue.undo'>;

/** Records an action on a clue in the caller's unit of work. */
export function auditClue(
  em: EntityManager,
  viewer: Viewer,
  action: ClueAuditAction,
  clueId: string,
  detail?: Record<string, unknown>,
): void {
  recordAudit(em, viewer, action, { type: 'Clue', id: clueId }, detail);
}
