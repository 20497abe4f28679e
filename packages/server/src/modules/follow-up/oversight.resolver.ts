import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { deadlineSettings } from './deadline-settings.js';
import { DeadlineSettings } from './deadlines.type.js';
import { FollowUpType } from './follow-up.type.js';
import {
  AccountabilityMeasureInput,
  MediationInput,
  OversightReferralInput,
  PublishAccountabilityInput,
  ReviewFollowUpTextInput,
} from './oversight.inputs.js';
import {
  publishAccountability,
  recordAccountabilityMeasure,
  recordMediation,
  recordOversightReferral,
  reviewFollowUpText,
  setProgressReview,
} from './oversight.js';

/** Staff review of department text, 三方见面, and 问责 with referrals: staff steps on an item. */
@Resolver()
export class OversightResolver {
  @Allow('ADMIN')
  @Mutation(() => DeadlineSettings, {
    description: 'Turns staff review of department progress text (before the public sees it) on or off.',
  })
  async setFollowUpProgressReview(@Arg('enabled', () => Boolean) enabled: boolean, @Ctx() ctx: Context) {
    await setProgressReview(ctx, enabled);
    return deadlineSettings(ctx);
  }

  @Allow('ADMIN')
  @Mutation(() => FollowUpType, { description: 'Approves a department’s waiting note for the public, or returns it with a reason.' })
  reviewFollowUpText(@Arg('input', () => ReviewFollowUpTextInput) input: ReviewFollowUpTextInput, @Ctx() ctx: Context) {
    return reviewFollowUpText(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => FollowUpType, {
    description: '三方见面 after an unsatisfied look-back: participants, outcome, minutes, and reopen or close.',
  })
  recordFollowUpMediation(@Arg('input', () => MediationInput) input: MediationInput, @Ctx() ctx: Context) {
    return recordMediation(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => FollowUpType, { description: '问责: a measure taken against an official.' })
  recordAccountabilityMeasure(@Arg('input', () => AccountabilityMeasureInput) input: AccountabilityMeasureInput, @Ctx() ctx: Context) {
    return recordAccountabilityMeasure(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => FollowUpType, { description: '移送: the case referred to 纪检监察, 检察 or 审计, with its 文号.' })
  recordOversightReferral(@Arg('input', () => OversightReferralInput) input: OversightReferralInput, @Ctx() ctx: Context) {
    return recordOversightReferral(ctx, input);
  }

  @Allow('ADMIN')
  @Mutation(() => FollowUpType, { description: 'Shows or hides a 问责 record’s names and 文号 on the public page.' })
  publishAccountability(@Arg('input', () => PublishAccountabilityInput) input: PublishAccountabilityInput, @Ctx() ctx: Context) {
    return publishAccountability(ctx, input);
  }
}
