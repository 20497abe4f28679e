import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Committee } from '../committee/committee.entity.js';
import { Department } from '../department/department.entity.js';
import { roles } from './role.js';

/**
 * A staff account. Department liaisons are bound to exactly one department; other roles to none.
 * A deactivated account keeps its history but cannot sign in, and its sign-ins have ended.
 */
export const Account = defineEntity({
  name: 'Account',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    username: p.string().length(40).unique(),
    displayName: p.string().length(60),
    role: p.enum(roles),
    passwordHash: p.string().length(200).hidden().lazy(),
    department: () => p.manyToOne(Department).nullable().deleteRule('restrict'),
    /** 专（工）委 staff: an ADMIN bound to a committee acts only on its items and on items no committee owns. */
    committee: () => p.manyToOne(Committee).nullable().deleteRule('restrict'),
    createdAt: p.datetime().onCreate(() => new Date()),
    /** Set while the account is deactivated: it cannot sign in, and a token it still holds is anonymous. */
    deactivatedAt: p.datetime().nullable(),
    /** Set by an administrator's password reset: until the person picks their own, only `changeOwnPassword` works. */
    mustChangePassword: p.boolean().default(false),
    /** When the current password was set, for its expiry (PASSWORD_MAX_AGE_DAYS). */
    passwordChangedAt: p.datetime().onCreate(() => new Date()),
    /** Hashes of the passwords before the current one, newest first (PASSWORD_HISTORY of them): none may be chosen again. */
    previousPasswordHashes: p
      .json<string[]>()
      .hidden()
      .lazy()
      .onCreate(() => []),
    /** Failed sign-ins since the last successful one; at LOCKOUT_THRESHOLD the account is locked. */
    failedSignIns: p.integer().default(0),
    /** Set while the account is locked after too many failed sign-ins: it cannot sign in until an administrator unlocks it. */
    lockedAt: p.datetime().nullable(),
  },
  checks: [
    { name: 'account_department_iff_role', expression: `(role = 'DEPARTMENT') = (department_id is not null)` },
    { name: 'account_committee_only_admin', expression: `committee_id is null or role = 'ADMIN'` },
  ],
});
export type Account = InferEntity<typeof Account>;
