import { Ctx, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { verifyAuditChain, type AuditChainReport } from './audit-chain.js';

const ChainBreak = { CHANGED: 'CHANGED', MISSING: 'MISSING', HEAD_MISMATCH: 'HEAD_MISMATCH' } as const;
registerEnumType(ChainBreak, {
  name: 'AuditChainBreak',
  description:
    'CHANGED: an entry no longer matches its hash; MISSING: an entry was removed; HEAD_MISMATCH: the chain does not end at its head.',
});

@ObjectType({ description: 'Where the audit chain breaks.' })
class AuditChainBreakType {
  @Field(() => Int, { description: 'The place in the chain (1, 2, …).' }) chainSeq!: number;
  @Field(() => ID, { nullable: true, description: 'The entry at that place, when there is one.' }) entryId!: string | null;
  @Field(() => ChainBreak) reason!: keyof typeof ChainBreak;
}

@ObjectType({ description: 'The audit log’s hash chain, checked from the first entry to the last.' })
class AuditChainReportType implements AuditChainReport {
  @Field(() => Int, { description: 'Entries sealed and checked.' }) sealed!: number;
  @Field(() => Int, { description: 'Entries written but not sealed yet (sealing runs every few seconds).' }) unsealed!: number;
  @Field(() => Boolean) intact!: boolean;
  @Field(() => AuditChainBreakType, { nullable: true }) broken!: AuditChainBreakType | null;
}

@Resolver()
export class AuditResolver {
  @Allow('ADMIN')
  @Query(() => AuditChainReportType, {
    description: 'Checks the audit log’s hash chain (also `bash scripts/verify-audit.sh`): every entry sealed since the first, unchanged.',
  })
  auditChainStatus(@Ctx() ctx: Context) {
    return verifyAuditChain(ctx.em);
  }
}
