import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { VoteSettings } from './vote-settings.js';

/**
 * A kind's default rules as staff set them (测评规则默认值), over the ones the product ships
 * (`sessionKindProfiles`). A kind without a row uses the shipped ones; removing the row restores them.
 */
export const SessionKindDefaults = defineEntity({
  name: 'SessionKindDefaults',
  properties: {
    kind: p.string().length(30).primary(),
    settings: p.json<VoteSettings>(),
    /** Months given for 二次办理 after a 不满意 result; null: the follow-up board's usual deadline. */
    redoMonths: p.integer().nullable(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type SessionKindDefaults = InferEntity<typeof SessionKindDefaults>;
