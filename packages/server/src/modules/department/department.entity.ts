import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** 应询部门 / 承办单位: a government department that answers questions and carries out fixes. */
export const Department = defineEntity({
  name: 'Department',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    name: p.string().length(100).unique(),
    shortName: p.string().length(30).unique(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Department = InferEntity<typeof Department>;
