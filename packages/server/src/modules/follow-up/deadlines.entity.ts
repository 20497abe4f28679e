import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Department } from '../department/department.entity.js';
import { FollowUp } from './follow-up.entity.js';
import { deadlineKinds, escalationLevels, extensionStatuses } from './deadline-terms.js';

/**
 * A day whose status staff set by hand: a local holiday, or a year the calendar library does not
 * know yet. Overrides the official calendar (法定节假日 and 调休).
 */
export const HolidayOverride = defineEntity({
  name: 'HolidayOverride',
  properties: {
    /** YYYY-MM-DD, China time. */
    date: p.string().length(10).primary(),
    working: p.boolean(),
    note: p.string().length(100),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type HolidayOverride = InferEntity<typeof HolidayOverride>;

/** One rung of the escalation ladder: this many working days overdue raises this level. */
export const EscalationStep = defineEntity({
  name: 'EscalationStep',
  properties: {
    days: p.integer().primary().autoincrement(false),
    level: p.enum(escalationLevels).unique(),
  },
  checks: [{ name: 'escalation_step_days_positive', expression: 'days > 0' }],
});
export type EscalationStep = InferEntity<typeof EscalationStep>;

/** The default handling time of a kind of item, in working days. */
export const DeadlineDefault = defineEntity({
  name: 'DeadlineDefault',
  properties: {
    kind: p.enum(deadlineKinds).primary(),
    workingDays: p.integer(),
  },
  checks: [{ name: 'deadline_default_positive', expression: 'working_days > 0' }],
});
export type DeadlineDefault = InferEntity<typeof DeadlineDefault>;

/** 延期申请: a department asks for a later deadline; staff approve or refuse. One pending per item. */
export const ExtensionRequest = defineEntity({
  name: 'ExtensionRequest',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    followUp: () => p.manyToOne(FollowUp).deleteRule('cascade').index(),
    department: () => p.manyToOne(Department).deleteRule('cascade'),
    requestedById: p.uuid(),
    reason: p.string().length(1000),
    /** The deadline when the request was made, and the one asked for. */
    currentDeadline: p.datetime(),
    proposedDeadline: p.datetime(),
    status: p.enum(extensionStatuses).default('PENDING'),
    decidedById: p.uuid().nullable(),
    decisionNote: p.string().length(1000).nullable(),
    decidedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [
    {
      name: 'extension_request_one_pending',
      expression: `create unique index "extension_request_one_pending" on "extension_request" ("follow_up_id") where "status" = 'PENDING'`,
    },
  ],
});
export type ExtensionRequest = InferEntity<typeof ExtensionRequest>;
