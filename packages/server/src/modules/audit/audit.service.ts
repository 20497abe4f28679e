import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Viewer } from '../auth/viewer.js';
import { AuditEntry } from './audit-entry.entity.js';

/** Records a staff action in the same unit of work as the action itself, so both commit or neither. */
export function recordAudit(
  em: EntityManager,
  viewer: Viewer,
  action: string,
  subject: { type: string; id?: string },
  detail?: Record<string, unknown>,
): void {
  em.create(AuditEntry, {
    actorId: viewer.account?.id ?? null,
    action,
    subjectType: subject.type,
    subjectId: subject.id ?? null,
    detail: detail ?? null,
  });
}
