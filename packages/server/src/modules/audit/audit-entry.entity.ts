import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** One staff action, appended and never changed: a database trigger refuses updates and deletes. */
export const AuditEntry = defineEntity({
  name: 'AuditEntry',
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    at: p
      .datetime()
      .onCreate(() => new Date())
      .index(),
    actorId: p.uuid().nullable(),
    action: p.string().length(60),
    subjectType: p.string().length(40),
    subjectId: p.string().length(60).nullable(),
    detail: p.json<Record<string, unknown>>().nullable(),
  },
  // A clue's public timeline is read by subject.
  indexes: [{ name: 'audit_entry_subject_index', properties: ['subjectType', 'subjectId'] }],
  triggers: [
    {
      name: 'audit_entry_append_only',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      body: `raise exception 'audit entries cannot be changed or deleted';`,
    },
  ],
});
export type AuditEntry = InferEntity<typeof AuditEntry>;
