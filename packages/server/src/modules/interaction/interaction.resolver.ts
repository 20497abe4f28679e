import { Arg, Args, Ctx, Extensions, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Repeater, SlidingBuffer } from '@graphql-yoga/subscription';
import { Kind } from 'graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/pagination.js';
import { getSession } from '../session/session.service.js';
import { MessageSettingsType } from '../session/session.type.js';
import { MessageSettingsInput, ModerationQueueArgs, SendMessageInput } from './interaction.inputs.js';
import type { MessageWallPayload, ModerationPayload } from './interaction.payloads.js';
import {
  addSensitiveWords,
  approveMessage,
  hostMessages,
  listSensitiveWords,
  messageWall,
  moderationQueue,
  pinMessage,
  publishedMessages,
  putMessageToRespondent,
  rejectMessage,
  removeSensitiveWord,
  sendMessage,
  setMessageSettings,
  upvoteMessage,
} from './interaction.service.js';
import {
  AudienceMessagePage,
  AudienceMessageType,
  MessageReceiptType,
  MessageWallType,
  ModerationEventType,
  SensitiveWordPage,
  WallMessageType,
} from './interaction.type.js';

/** 网络互动: viewers' messages, their moderation, the wall, and the sensitive-word list. */
@Resolver()
export class InteractionResolver {
  // ─── The audience ───

  @Allow('PUBLIC')
  @Query(() => MessageWallType, { description: 'The approved messages of a session as the public sees them.' })
  messageWall(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context) {
    return messageWall(ctx, sessionId);
  }

  @Allow('PUBLIC')
  @Query(() => [WallMessageType], { description: 'Approved messages for the public results page; empty unless staff published them.' })
  publishedMessages(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context) {
    return publishedMessages(ctx, sessionId);
  }

  @Allow('PUBLIC')
  @Mutation(() => MessageReceiptType, {
    description:
      'Sends a message for the question on air (needs a pass for the session, X-Device-Token); it waits for a moderator. MESSAGES_CLOSED, BLOCKED_WORDS, RATE_LIMITED.',
  })
  sendMessage(@Arg('input', () => SendMessageInput) input: SendMessageInput, @Ctx() ctx: Context) {
    return sendMessage(ctx, input);
  }

  @Allow('PUBLIC')
  @Mutation(() => WallMessageType, { description: 'Upvotes an approved message, once per pass (ALREADY_UPVOTED).' })
  upvoteMessage(@Arg('messageId', () => ID) messageId: string, @Ctx() ctx: Context) {
    return upvoteMessage(ctx, messageId);
  }

  // ─── Moderators and the host ───

  @Allow('MODERATOR', 'HOST', 'ADMIN')
  @Query(() => AudienceMessagePage, { description: 'Messages of one status: PENDING oldest first, the others newest first.' })
  moderationQueue(@Args(() => ModerationQueueArgs) args: ModerationQueueArgs, @Ctx() ctx: Context) {
    return moderationQueue(ctx, args);
  }

  @Allow('MODERATOR', 'HOST', 'ADMIN')
  @Query(() => [AudienceMessageType], { description: 'The top 20 approved messages in wall order, for the host console.' })
  hostMessages(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context) {
    return hostMessages(ctx, sessionId);
  }

  @Allow('MODERATOR', 'HOST', 'ADMIN')
  @Mutation(() => AudienceMessageType, { description: 'Puts a waiting message on the wall.' })
  approveMessage(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return approveMessage(ctx, id);
  }

  @Allow('MODERATOR', 'HOST', 'ADMIN')
  @Mutation(() => AudienceMessageType, {
    description: 'Refuses a waiting message or takes an approved one down; reason 1 to 100 characters.',
  })
  rejectMessage(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context) {
    return rejectMessage(ctx, id, reason);
  }

  @Allow('MODERATOR', 'HOST', 'ADMIN')
  @Mutation(() => AudienceMessageType, { description: 'Pins an approved message to the top of the wall, or unpins it.' })
  pinMessage(@Arg('id', () => ID) id: string, @Arg('pinned', () => Boolean) pinned: boolean, @Ctx() ctx: Context) {
    return pinMessage(ctx, id, pinned);
  }

  @Allow('HOST', 'ADMIN')
  @Mutation(() => AudienceMessageType, {
    description: '网友追问: puts an approved message to the respondent of the question on air; recorded for the session report.',
  })
  putMessageToRespondent(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return putMessageToRespondent(ctx, id);
  }

  @Allow('HOST', 'ADMIN')
  @Mutation(() => MessageSettingsType, { description: 'Switches messages on or off (live), and more; `published` is ADMIN only.' })
  setMessageSettings(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('input', () => MessageSettingsInput) input: MessageSettingsInput,
    @Ctx() ctx: Context,
  ) {
    return setMessageSettings(ctx, sessionId, input);
  }

  // ─── Sensitive words ───

  @Allow('ADMIN', 'MODERATOR')
  @Query(() => SensitiveWordPage, { description: 'The sensitive-word list, in word order.' })
  sensitiveWords(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    return listSensitiveWords(ctx, args);
  }

  @Allow('ADMIN')
  @Mutation(() => Int, { description: 'Adds words (each 1 to 30 characters, at most 500 a call); answers how many were new.' })
  addSensitiveWords(@Arg('words', () => [String]) words: string[], @Ctx() ctx: Context) {
    return addSensitiveWords(ctx, words);
  }

  @Allow('ADMIN')
  @Mutation(() => Boolean)
  removeSensitiveWord(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return removeSensitiveWord(ctx, id);
  }

  // ─── Subscriptions ───

  @Allow('PUBLIC')
  @Extensions({ sharedLatest: true })
  @Subscription(() => MessageWallType, {
    description:
      'The wall at once, then every change (at most 4 a second, less often for a large audience), the same message for every subscriber.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const session = await getSession(ctx, { id: args.sessionId as string });
      const changes = ctx.services.pubsub.subscribe('MESSAGE_WALL', session.id);
      return new Repeater<MessageWallPayload>(async (push, stop) => {
        stop.then(() => changes.return?.());
        await push(await ctx.services.walls.current(session.id));
        for await (const wall of changes) {
          ctx.services.walls.remember(wall);
          await push(wall);
        }
        stop();
      }, new SlidingBuffer(4));
    },
  })
  messageWallChanged(@Arg('sessionId', () => ID) _sessionId: string, @Root() wall: MessageWallPayload): MessageWallPayload {
    return wall;
  }

  @Allow('MODERATOR', 'HOST', 'ADMIN')
  @Subscription(() => ModerationEventType, {
    description: 'Every new or changed message of the session, as it happens.',
    subscribe: async ({ args, context, info }) => {
      const ctx = context as Context;
      const session = await getSession(ctx, { id: args.sessionId as string });
      // Messages arrive in batches (one pub/sub event each). Asking for `messages` takes a batch as one
      // event: a moderator's socket is sent one event at a time, so at 50 messages a second one event per
      // message falls behind on a busy server. Asking only for `message` still gets an event per message.
      const whole = info.fieldNodes.some((node) =>
        node.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'messages'),
      );
      const batches = ctx.services.pubsub.subscribe('MODERATION', session.id);
      return new Repeater<ModerationPayload[]>(async (push, stop) => {
        stop.then(() => batches.return?.());
        for await (const messages of batches) {
          if (whole) await push(messages);
          else for (const message of messages) await push([message]);
        }
        stop();
      });
    },
  })
  moderationQueueChanged(@Arg('sessionId', () => ID) _sessionId: string, @Root() messages: ModerationPayload[]): ModerationEventType {
    return { message: messages.at(-1)!, messages };
  }
}
