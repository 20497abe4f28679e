import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Account } from '../account/account.entity.js';

/** A signed-in staff session. Only the token's hash is stored, so a database leak yields no usable tokens. */
export const AuthSession = defineEntity({
  name: 'AuthSession',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    tokenHash: p.string().length(64).unique(),
    account: () => p.manyToOne(Account).deleteRule('cascade').index(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime().index(),
    /** The network address it signed in from (as `ctx.ip` counts it), shown in lists of sign-ins. */
    ip: p.string().length(64).nullable(),
    /** When it was last used (to the minute or so: see `resolveSignIn`), for the idle timeout. */
    lastUsedAt: p.datetime().onCreate(() => new Date()),
    /** Minutes it may go unused before it ends: IDLE_TIMEOUT_MINUTES when it was made. */
    idleMinutes: p.integer(),
  },
});
export type AuthSession = InferEntity<typeof AuthSession>;
