import { Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';

/** Facts about this deployment that pages show to people. */
@Resolver()
export class SiteResolver {
  @Allow('PUBLIC')
  @Query(() => String, {
    nullable: true,
    description:
      'The address people are shown to join (the screen’s QR code), from PUBLIC_URL, like https://wenzheng.example.gov.cn; null when unset, and pages then use the address they were opened at.',
  })
  publicUrl(@Ctx() ctx: Context): string | null {
    return ctx.services.config.publicUrl ?? null;
  }
}
