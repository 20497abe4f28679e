import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * 专（工）委: a committee of the standing committee that supervises follow-up items (督办委室) and
 * reports on them (督办报告). Never deleted: a committee that no longer supervises is deactivated,
 * and keeps the items and accounts it had.
 */
export const Committee = defineEntity({
  name: 'Committee',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    /** Full name, e.g. 财政经济委员会. */
    name: p.string().length(100).unique(),
    /** Short name, e.g. 财经委. */
    shortName: p.string().length(30).unique(),
    /** Only active committees can be given items or accounts. */
    active: p.boolean().default(true),
    /** Where it stands in lists (smallest first, then by name). */
    position: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Committee = InferEntity<typeof Committee>;
