import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Session } from './session.entity.js';

/** A printed single-use code for a studio seat: the first phone to claim it votes for that seat. */
export const SeatCode = defineEntity({
  name: 'SeatCode',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    session: () => p.manyToOne(Session).deleteRule('cascade'),
    code: p.string().length(12),
    label: p.string().length(40),
    claimedAt: p.datetime().nullable(),
  },
  uniques: [{ properties: ['session', 'code'] }],
});
export type SeatCode = InferEntity<typeof SeatCode>;
