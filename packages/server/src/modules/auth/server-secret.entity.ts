import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Random secrets made on first start and shared by every instance through the database. */
export const ServerSecret = defineEntity({
  name: 'ServerSecret',
  properties: {
    name: p.string().length(40).primary(),
    value: p.string().length(200),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type ServerSecret = InferEntity<typeof ServerSecret>;
