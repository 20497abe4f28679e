import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { Clue } from './clue.entity.js';

/** What a submitter who left a phone number is told of, each once. */
export const SubmitterEvent = { ACCEPTED: 'ACCEPTED', ON_AIR: 'ON_AIR', CLOSED: 'CLOSED' } as const;
export type SubmitterEvent = (typeof SubmitterEvent)[keyof typeof SubmitterEvent];
export const submitterEvents = Object.values(SubmitterEvent);
registerEnumType(SubmitterEvent, {
  name: 'SubmitterEvent',
  description:
    'ACCEPTED: the clue became a question; ON_AIR: that question was asked on air; CLOSED: a follow-up item from it was closed (办结).',
});

/** PENDING until a run claims it; SENDING while the gateway has it; SENT or FAILED (after the last try). */
export const NoticeDelivery = { PENDING: 'PENDING', SENDING: 'SENDING', SENT: 'SENT', FAILED: 'FAILED' } as const;
export type NoticeDelivery = (typeof NoticeDelivery)[keyof typeof NoticeDelivery];
registerEnumType(NoticeDelivery, { name: 'NoticeDelivery' });

/**
 * A text message to a clue's submitter, written before it is sent (an outbox): the key names the
 * clue, the event and what it is about, and the database keeps it unique, so each is sent once
 * however many instances run the job.
 */
export const ClueNotice = defineEntity({
  name: 'ClueNotice',
  properties: {
    key: p.string().length(160).primary(),
    clue: () => p.manyToOne(Clue).deleteRule('cascade').index(),
    event: p.enum(submitterEvents),
    text: p.string().length(400),
    delivery: p.enum(Object.values(NoticeDelivery)).default('PENDING').index(),
    attempts: p.integer().default(0),
    error: p.string().length(300).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    sentAt: p.datetime().nullable(),
  },
});
export type ClueNotice = InferEntity<typeof ClueNotice>;
