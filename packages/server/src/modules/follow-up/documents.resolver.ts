import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access.js';
import type { Context } from '../../graphql/context.js';
import { Account } from '../account/account.entity.js';
import type { FollowUpDocument } from './documents.entity.js';
import { documentSettings, type DocumentSettings, issueDocumentOnDemand, listDocuments, setDocumentSettings } from './documents.js';
import { FollowUpDocumentSettingsInput, IssueFollowUpDocumentInput } from './documents.inputs.js';
import { FollowUpDocumentSettings, FollowUpDocumentType } from './documents.type.js';

// 交办函, 督办函, 催办函 and 情况通报 in GraphQL: an item's documents, issuing one, and the 文号 settings.
// The PDF itself is a download (see documents.routes.ts).

export const documentUrl = (id: string) => `/exports/follow-up-documents/${id}`;

const view = (d: FollowUpDocument, issuedBy: string | null = null): FollowUpDocumentType => ({
  id: d.id,
  kind: d.kind,
  number: d.number,
  issuedOn: d.issuedOn,
  handlingRound: d.handlingRound,
  reason: d.reason ?? null,
  downloadUrl: documentUrl(d.id),
  issuedBy,
  createdAt: d.createdAt,
});

const settingsView = (s: DocumentSettings): FollowUpDocumentSettings => ({
  issuer: s.issuer,
  assignPrefix: s.prefixes.ASSIGN,
  supervisePrefix: s.prefixes.SUPERVISE,
  urgePrefix: s.prefixes.URGE,
  noticePrefix: s.prefixes.NOTICE,
});

@Resolver()
export class FollowUpDocumentResolver {
  @Allow('ADMIN', 'DEPARTMENT', 'REPRESENTATIVE')
  @Query(() => [FollowUpDocumentType], { description: 'An item’s documents, oldest first, for whoever may read the item.' })
  async followUpDocuments(@Arg('followUpId', () => ID) followUpId: string, @Ctx() ctx: Context) {
    const documents = await listDocuments(ctx, followUpId);
    // Staff see who issued each; departments and representatives see the issuing body on the letter.
    const ids = ctx.viewer.account?.role === 'ADMIN' ? [...new Set(documents.flatMap((d) => (d.issuedById ? [d.issuedById] : [])))] : [];
    const accounts = ids.length ? await ctx.em.find(Account, { id: { $in: ids } }, { fields: ['id', 'displayName'] }) : [];
    const names = new Map(accounts.map((a) => [a.id, a.displayName]));
    return documents.map((d) => view(d, d.issuedById ? (names.get(d.issuedById) ?? null) : null));
  }

  @Allow('ADMIN')
  @Mutation(() => FollowUpDocumentType, {
    description: 'Issues a 交办函, 督办函, 催办函 or 情况通报 for a dispatched item: a new 文号 and a DOCUMENT_ISSUED step.',
  })
  async issueFollowUpDocument(@Arg('input', () => IssueFollowUpDocumentInput) input: IssueFollowUpDocumentInput, @Ctx() ctx: Context) {
    return view(await issueDocumentOnDemand(ctx, input));
  }

  @Allow('ADMIN')
  @Query(() => FollowUpDocumentSettings, { description: 'The issuing body and the 文号 prefixes.' })
  async followUpDocumentSettings(@Ctx() ctx: Context) {
    return settingsView(await documentSettings(ctx.em));
  }

  @Allow('ADMIN')
  @Mutation(() => FollowUpDocumentSettings, { description: 'Sets the issuing body and the 文号 prefixes; issued documents keep theirs.' })
  async setFollowUpDocumentSettings(
    @Arg('input', () => FollowUpDocumentSettingsInput) input: FollowUpDocumentSettingsInput,
    @Ctx() ctx: Context,
  ) {
    return settingsView(await setDocumentSettings(ctx, input));
  }
}
