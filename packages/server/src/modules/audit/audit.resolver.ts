import { Args, Ctx, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { verifyAuditChain, type AuditChainReport } from './audit-chain.js';
import { AuditEntriesArgs, AuditEntryPage, listAuditEntries } from './audit-log.js';

const ChainBreak = {
  CHANGED: 'CHANGED',
  MISSING: 'MISSING',
  HEAD_MISMATCH: 'HEAD_MISMATCH',
  UNRECORDED_PURGE: 'UNRECORDED_PURGE',
} as const;
registerEnumType(ChainBreak, {
  name: 'AuditChainBreak',
  description:
    'CHANGED: an entry no longer matches its hash; MISSING: an entry was removed; HEAD_MISMATCH: the chain does not end at its head; UNRECORDED_PURGE: the chain starts later than place 1 without a recorded retention purge.',
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
  @Field(() => Int, {
    description: 'The place checking started: 1, or the first entry kept after a retention purge removed the ones before.',
  })
  firstSeq!: number;
  @Field(() => Boolean) intact!: boolean;
  @Field(() => AuditChainBreakType, { nullable: true }) broken!: AuditChainBreakType | null;
}

@Resolver()
export class AuditResolver {
  // Reading the log is the security administrator's (等保 separation of duties), not the business
  // administrator's whose actions it records. Nobody may change or remove an entry: there is no such
  // operation, and the database refuses it.
  @Allow('SECURITY_ADMIN')
  @Query(() => AuditEntryPage, {
    description: 'The audit log, newest first, filtered (exports: GET /exports/audit.xlsx or .csv, same filter).',
  })
  auditEntries(@Args(() => AuditEntriesArgs) args: AuditEntriesArgs, @Ctx() ctx: Context) {
    return listAuditEntries(ctx.em, args);
  }

  @Allow('SECURITY_ADMIN')
  @Query(() => AuditChainReportType, {
    description: 'Checks the audit log’s hash chain (also `bash scripts/verify-audit.sh`): every entry sealed since the first, unchanged.',
  })
  auditChainStatus(@Ctx() ctx: Context) {
    return verifyAuditChain(ctx.em);
  }
}
