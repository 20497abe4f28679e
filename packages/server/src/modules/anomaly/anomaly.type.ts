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

@ObjectType('AddressVolume', { description: 'What one network address did in one session: passes issued and online ballots counted.' })
export class AddressVolumeType {
  @Field(() => String, { description: 'The network address, as the server saw it (behind a configured proxy: the forwarded address).' })
  address!: string;
  @Field(() => Int, { description: 'Online passes issued to this address.' }) joins!: number;
  @Field(() => Int, { description: 'Online ballots counted from this address, all rounds.' }) ballots!: number;
  @Field(() => Int, { description: 'The most online ballots counted from this address in one round.' }) topRoundBallots!: number;
  @Field(() => Boolean, { description: 'Over a flag level: joins above JOIN_FLAG_LEVEL or one round’s ballots above BALLOT_FLAG_LEVEL.' })
  flagged!: boolean;
}

@ObjectType('AddressVolumeReport', {
  description: 'Volume per network address in a session, busiest first, for staff watching for ballot stuffing live.',
})
export class AddressVolumeReport {
  @Field(() => Int) joinFlagLevel!: number;
  @Field(() => Int) ballotFlagLevel!: number;
  @Field(() => Int, { description: 'Addresses over a flag level.' }) flaggedCount!: number;
  @Field(() => [AddressVolumeType], { description: 'The busiest addresses (at most 50).' }) addresses!: AddressVolumeType[];
}
