import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Account } from '../account/account.entity.js';

/**
 * 代表档案: a people's congress representative as an actor. The public reaches them through their
 * 代表码 (`code`, printed as a QR code opening /r/<code>); a linked REPRESENTATIVE account works in
 * the representative workspace. Records are never deleted (deactivated instead), so a code is never reused.
 */
export const Representative = defineEntity({
  name: 'Representative',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    name: p.string().length(60),
    /** 选区 or 代表团. */
    district: p.string().length(60),
    /** 联络站. */
    station: p.string().length(100).nullable(),
    /** A short public profile. */
    bio: p.text().nullable(),
    /** The photo's file in the file store (a new id with every upload). */
    photoKey: p.uuid().nullable(),
    /** 代表码: 8 unambiguous upper-case letters and digits. */
    code: p.string().length(8).unique(),
    active: p.boolean().default(true),
    /** The representative's own staff account (role REPRESENTATIVE); at most one record per account. */
    account: () => p.manyToOne(Account).nullable().deleteRule('set null').unique(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['name', 'district'] }],
});
export type Representative = InferEntity<typeof Representative>;
