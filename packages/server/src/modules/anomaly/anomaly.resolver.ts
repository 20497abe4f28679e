import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { JoinAnomalyListArgs } from './anomaly.inputs.js';
import { listJoinAnomalies } from './anomaly.service.js';
import { JoinAnomalyPage, JoinAnomalyType } from './anomaly.type.js';

@Resolver()
export class AnomalyResolver {
  @Allow('ADMIN')
  @Query(() => JoinAnomalyPage, { description: 'Addresses that went over the join cap, most recent first: possible ballot stuffing, for staff to look into.' })
  joinAnomalies(@Args(() => JoinAnomalyListArgs) args: JoinAnomalyListArgs, @Ctx() ctx: Context) {
    return listJoinAnomalies(ctx, args, JoinAnomalyType.from);
  }
}
