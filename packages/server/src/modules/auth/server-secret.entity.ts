import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * Data keys (pass signing, phone hashing, phone sealing), each wrapped by a master key kept outside
 * the database (see secrets/server-keys.ts): a dump of this table opens nothing.
 */
export const ServerSecret = defineEntity({
  name: 'ServerSecret',
  properties: {
    name: p.string().length(40).primary(),
    value: p.string().length(200),
    /** The master key that wraps `value`; null only for keys stored in the clear by earlier versions. */
    masterKeyId: p.string().length(40).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type ServerSecret = InferEntity<typeof ServerSecret>;
