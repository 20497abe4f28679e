import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { DomainError } from '../graphql/errors.js';
import { getSession } from '../modules/session/session.service.js';
import { liveHealth, WINDOW_MS } from './live-health.js';

@ObjectType('WorkerClients', { description: 'Open WebSocket connections of one server worker (0: a single process).' })
class WorkerClientsType {
  @Field(() => String) worker!: string;
  @Field(() => Int) clients!: number;
}

@ObjectType('LiveHealth', {
  description: `The show's figures from GET /metrics (every worker's): rates and quantiles over about the last ${WINDOW_MS / 1000} s.`,
})
class LiveHealthType {
  @Field(() => Float, { nullable: true, description: 'Seconds the rates and quantiles cover; null until a second reading exists.' })
  windowSeconds!: number | null;
  @Field(() => Int, { description: 'Open WebSocket connections (phones, screens, consoles) over every worker.' })
  webSocketClients!: number;
  @Field(() => [WorkerClientsType]) workers!: WorkerClientsType[];
  @Field(() => Float, { nullable: true, description: 'Ballots counted per second.' }) votesPerSecond!: number | null;
  @Field(() => Float, { nullable: true, description: 'Vote acknowledgement latency, median, seconds; null without votes.' })
  ackP50Seconds!: number | null;
  @Field(() => Float, { nullable: true, description: 'Vote acknowledgement latency, 99th percentile, seconds.' })
  ackP99Seconds!: number | null;
  @Field(() => Float, { nullable: true, description: 'Subscription fan-out lag, median, seconds; null without fan-outs.' })
  fanOutP50Seconds!: number | null;
  @Field(() => Float, { nullable: true, description: 'Subscription fan-out lag, 99th percentile, seconds.' })
  fanOutP99Seconds!: number | null;
  @Field(() => Int, { description: 'Votes waiting for their batch to be written.' }) intakeQueueDepth!: number;
  @Field(() => Boolean, { description: 'Every worker reached the database at this reading.' }) databaseUp!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Every worker reached Redis; null when the deployment has none.' })
  redisUp!: boolean | null;
}

@Resolver()
export class LiveHealthResolver {
  @Allow('HOST', 'ADMIN')
  @Query(() => LiveHealthType, {
    description: 'For the host console during a session: the same figures as the metrics endpoint (docs/operations.md).',
  })
  async liveHealth(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context): Promise<LiveHealthType> {
    await getSession(ctx, { id: sessionId });
    try {
      return await liveHealth();
    } catch (error) {
      ctx.services.logger.warn({ err: error }, 'live health could not be gathered');
      throw new DomainError('SERVICE_UNAVAILABLE', 'The server’s figures could not be gathered from every worker; try again.');
    }
  }
}
