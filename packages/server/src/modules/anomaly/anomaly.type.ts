import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../graphql/pagination.js';
import type { JoinAnomaly } from './join-anomaly.entity.js';

@ObjectType('JoinAnomaly', { description: 'Joins refused to one network address for one session in one minute, over the per-address cap.' })
export class JoinAnomalyType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The network address, as the server saw it (behind a proxy: the forwarded address).' })
  address!: string;

  @Field(() => ID)
  sessionId!: string;

  @Field(() => String)
  sessionTitle!: string;

  @Field(() => Date, { description: 'The clock minute the refusals fell in.' })
  windowStart!: Date;

  @Field(() => Int, { description: 'Joins refused in that minute.' })
  refusedJoins!: number;

  @Field(() => Date)
  firstRefusedAt!: Date;

  @Field(() => Date)
  lastRefusedAt!: Date;

  /** Expects `session` to be loaded (the list populates it). */
  static from(entity: JoinAnomaly): JoinAnomalyType {
    return Object.assign(new JoinAnomalyType(), {
      id: entity.id,
      address: entity.address,
      sessionId: entity.session.id,
      sessionTitle: entity.session.title,
      windowStart: entity.windowStart,
      refusedJoins: entity.refusedJoins,
      firstRefusedAt: entity.firstRefusedAt,
      lastRefusedAt: entity.lastRefusedAt,
    });
  }
}

@ObjectType()
export class JoinAnomalyPage extends PageOf(JoinAnomalyType) {}
