import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { CommitteeInput, UpdateCommitteeInput } from './committee.inputs.js';
import { createCommittee, listCommittees, updateCommittee } from './committee.service.js';
import { CommitteeType } from './committee.type.js';

@Resolver()
export class CommitteeResolver {
  @Allow('ADMIN', 'SECURITY_ADMIN')
  @Query(() => [CommitteeType], {
    description: '专（工）委 in their order; staff pick one for an item, security administrators when they bind a staff account to it.',
  })
  async committees(@Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean, @Ctx() ctx: Context) {
    return (await listCommittees(ctx, includeInactive)).map(CommitteeType.from);
  }

  @Allow('ADMIN')
  @Mutation(() => CommitteeType, { description: 'Adds a committee; full and short names are unique (CONFLICT).' })
  async createCommittee(@Arg('input', () => CommitteeInput) input: CommitteeInput, @Ctx() ctx: Context) {
    return CommitteeType.from(await createCommittee(ctx, input));
  }

  @Allow('ADMIN')
  @Mutation(() => CommitteeType, { description: 'Renames, reorders, deactivates or reactivates a committee.' })
  async updateCommittee(@Arg('input', () => UpdateCommitteeInput) input: UpdateCommitteeInput, @Ctx() ctx: Context) {
    return CommitteeType.from(await updateCommittee(ctx, input));
  }
}
