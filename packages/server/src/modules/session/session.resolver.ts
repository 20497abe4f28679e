import { Arg, Args, Ctx, Extensions, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Repeater, SlidingBuffer } from '@graphql-yoga/subscription';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { SessionInput, SessionKindDefaultsInput, SessionListArgs, StartSessionInput } from './session.inputs.js';
import {
  buildLiveState,
  checkBeforeLive,
  createSession,
  getSession,
  isSessionStaff,
  listSessions,
  loadSessionView,
  resetRehearsal,
  sessionView,
  transitionSession,
  updateSession,
} from './session.service.js';
import { LiveState, PreLiveFindingType, SessionKindProfileType, SessionPage, SessionType } from './session.type.js';
import { SessionKindEnum, type SessionKind } from './session-kind.js';
import { kindProfiles, resetSessionKindDefaults, setSessionKindDefaults } from './session-kind-defaults.js';
import type { Session } from './session.entity.js';

@Resolver()
export class SessionResolver {
  @Allow('PUBLIC')
  @Query(() => SessionPage, { description: 'Sessions, newest first; drafts only for admins and hosts.' })
  async sessions(@Args(() => SessionListArgs) args: SessionListArgs, @Ctx() ctx: Context) {
    const page = await listSessions(ctx, args, (s: Session) => s);
    return { ...page, nodes: await Promise.all(page.nodes.map((s) => loadSessionView(ctx.em, s, isSessionStaff(ctx)))) };
  }

  @Allow('PUBLIC')
  @Query(() => [SessionKindProfileType], {
    description: 'Each kind of session: its subject, ballots and default rules, for planning forms.',
  })
  async sessionKindProfiles(@Ctx() ctx: Context): Promise<SessionKindProfileType[]> {
    return (await kindProfiles(ctx.em)).map((profile) => ({ ...profile, ballotTypes: [...profile.ballotTypes] }));
  }

  @Allow('ADMIN')
  @Mutation(() => SessionKindProfileType, {
    description: 'Sets a kind’s default rules for sessions planned from now on (sessions already planned keep theirs); audit-logged.',
  })
  async setSessionKindDefaults(@Arg('input', () => SessionKindDefaultsInput) input: SessionKindDefaultsInput, @Ctx() ctx: Context) {
    const profile = await setSessionKindDefaults(ctx, input);
    return { ...profile, ballotTypes: [...profile.ballotTypes] };
  }

  @Allow('ADMIN')
  @Mutation(() => SessionKindProfileType, { description: 'Goes back to the default rules the product ships for a kind; audit-logged.' })
  async resetSessionKindDefaults(@Arg('kind', () => SessionKindEnum) kind: SessionKind, @Ctx() ctx: Context) {
    const profile = await resetSessionKindDefaults(ctx, kind);
    return { ...profile, ballotTypes: [...profile.ballotTypes] };
  }

  @Allow('PUBLIC')
  @Query(() => SessionType)
  session(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return sessionView(ctx, id);
  }

  @Allow('PUBLIC')
  @Query(() => LiveState, { description: 'What the screen and the phones show now.' })
  async liveState(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context) {
    return buildLiveState(ctx.em, (await getSession(ctx, { id: sessionId })).id);
  }

  @Allow('HOST', 'ADMIN')
  @Query(() => Int, {
    description: 'Phones connected with a pass for this session, over all server instances (updated every few seconds).',
  })
  async connectedPhones(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context) {
    return ctx.services.presence.connected((await getSession(ctx, { id: sessionId })).id);
  }

  @Allow('ADMIN')
  @Mutation(() => SessionType, { description: 'Plans a new session, as a draft.' })
  async createSession(@Arg('input', () => SessionInput) input: SessionInput, @Ctx() ctx: Context) {
    return loadSessionView(ctx.em, await createSession(ctx, input), true);
  }

  @Allow('ADMIN')
  @Mutation(() => SessionType, { description: 'Changes the plan and settings, until the session goes live.' })
  async updateSession(@Arg('id', () => ID) id: string, @Arg('input', () => SessionInput) input: SessionInput, @Ctx() ctx: Context) {
    return loadSessionView(ctx.em, await updateSession(ctx, id, input), true);
  }

  @Allow('ADMIN')
  @Mutation(() => SessionType, { description: 'Makes the session and its settings public (DRAFT → PUBLISHED).' })
  async publishSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    await transitionSession(ctx, id, 'publish');
    return sessionView(ctx, id);
  }

  @Allow('HOST', 'ADMIN')
  @Mutation(() => SessionType, { description: 'Goes on air (PUBLISHED → LIVE); settings are frozen from now on.' })
  async startSession(@Arg('input', () => StartSessionInput) input: StartSessionInput, @Ctx() ctx: Context) {
    await transitionSession(ctx, input.sessionId, 'start', { rehearsal: input.rehearsal, acceptWarnings: input.acceptWarnings });
    return sessionView(ctx, input.sessionId);
  }

  @Allow('HOST', 'ADMIN')
  @Query(() => [PreLiveFindingType], {
    description:
      'Blockers and warnings before going live: the running order, the studio roll and quorum, the stream and public address, the rehearsal.',
  })
  preLiveCheck(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context) {
    return checkBeforeLive(ctx, sessionId);
  }

  @Allow('HOST', 'ADMIN')
  @Mutation(() => SessionType, { description: 'Ends the broadcast (LIVE → ENDED).' })
  async endSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    await transitionSession(ctx, id, 'end');
    return sessionView(ctx, id);
  }

  @Allow('HOST', 'ADMIN')
  @Mutation(() => SessionType, { description: 'Resets a rehearsal run to the state before air: rounds and votes are deleted.' })
  async resetRehearsal(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    await resetRehearsal(ctx, id);
    return sessionView(ctx, id);
  }

  @Allow('PUBLIC')
  @Extensions({ sharedLatest: true })
  @Subscription(() => LiveState, {
    description: 'The current state at once, then every change; after a reconnect, subscribe again to resynchronise.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      // Looked up before the stream starts, so an unknown session is refused to the subscriber (NOT_FOUND)
      // rather than failing inside the stream, where nobody would handle it.
      const session = await getSession(ctx, { id: args.sessionId as string });
      const changes = ctx.services.pubsub.subscribe('LIVE_STATE', args.sessionId as string);
      return new Repeater<LiveState>(async (push, stop) => {
        stop.then(() => changes.return?.());
        await push(await buildLiveState(ctx.em, session.id));
        for await (const state of changes) await push(state);
        stop();
      }, new SlidingBuffer(4));
    },
  })
  liveStateChanged(@Arg('sessionId', () => ID) _sessionId: string, @Root() state: LiveState): LiveState {
    return state;
  }
}
