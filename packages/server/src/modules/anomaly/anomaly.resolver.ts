import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { JoinAnomalyListArgs } from './anomaly.inputs.js';
import { addressVolumes, listJoinAnomalies } from './anomaly.service.js';
import { AddressVolumeReport, JoinAnomalyPage, JoinAnomalyType } from './anomaly.type.js';

@Resolver()
export class AnomalyResolver {
  @Allow('ADMIN')
  @Query(() => JoinAnomalyPage, {
    description: 'Addresses that went over the join cap, most recent first: possible ballot stuffing, for staff to look into.',
  })
  joinAnomalies(@Args(() => JoinAnomalyListArgs) args: JoinAnomalyListArgs, @Ctx() ctx: Context) {
    return listJoinAnomalies(ctx, args, JoinAnomalyType.from);
  }

  @Allow('ADMIN', 'HOST')
  @Query(() => AddressVolumeReport, {
    description:
      'Passes and counted online ballots per network address in a session, busiest first, with the addresses over the flag levels (updated about every second).',
  })
  addressVolumes(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context) {
    return addressVolumes(ctx, sessionId);
  }
}
