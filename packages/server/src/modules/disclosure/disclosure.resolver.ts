import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { sessionDisclosure } from './disclosure.service.js';
import { SessionDisclosure } from './disclosure.type.js';

@Resolver()
export class DisclosureResolver {
  @Allow('PUBLIC')
  @Query(() => SessionDisclosure, {
    description: '公示: every question with its result and its follow-up timeline, without personal data.',
  })
  sessionDisclosure(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context) {
    return sessionDisclosure(ctx, sessionId);
  }
}
