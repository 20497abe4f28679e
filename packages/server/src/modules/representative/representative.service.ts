import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { flushUnique } from '../../db/constraints.js';
import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import { containsPattern, findPage } from '../../graphql/pagination.js';
import type { Caller } from '../../scope.js';
import { Account } from '../account/account.entity.js';
import { Role } from '../account/role.js';
import { recordAudit } from '../audit/audit.service.js';
import { Clue } from '../clue/clue.entity.js';
import {
  MAX_IMPORT_ROWS,
  type RepresentativeInput,
  type RepresentativeListArgs,
  type RepresentativeRowInput,
} from './representative.inputs.js';
import { VoteRound } from '../vote/vote-round.entity.js';
import { Representative } from './representative.entity.js';
import { newRepresentativeCode, normalizeRepresentativeCode } from './representative-code.js';
import type {
  PublicRepresentative,
  RepresentativeImportError,
  RepresentativeImportResult,
  RepresentativeType,
} from './representative.type.js';
import { isAdmin } from '../follow-up/follow-up.access.js';

/** Where the photo is served; the key changes with every upload, so a cached old photo is never shown. */
export const representativePhotoUrl = (r: Representative) =>
  r.photoKey ? `/representatives/${r.id}/photo?v=${r.photoKey.slice(0, 8)}` : null;

/** The record as staff see it (the account's username only for staff). Needs `account` loaded for the username. */
export function representativeView(ctx: Pick<Caller, 'viewer'>, r: Representative): RepresentativeType {
  return {
    id: r.id,
    name: r.name,
    district: r.district,
    station: r.station ?? null,
    bio: r.bio ?? null,
    photoUrl: representativePhotoUrl(r),
    code: r.code,
    active: r.active,
    accountId: r.account?.id ?? null,
    accountUsername: isAdmin(ctx.viewer) ? ((r.account as { username?: string } | null | undefined)?.username ?? null) : null,
  };
}

export async function getRepresentative(em: EntityManager, id: string): Promise<Representative> {
  const found = await em.findOne(Representative, { id }, { populate: ['account'] });
  if (!found) throw notFound('The representative');
  return found;
}

/** Staff's list: by name, searchable by name, 选区 or 联络站. */
export async function listRepresentatives(ctx: Caller, args: RepresentativeListArgs) {
  const where: FilterQuery<Representative> = {};
  if (args.active != null) where.active = args.active;
  if (args.search?.trim()) {
    const pattern = containsPattern(args.search);
    where.$or = [
      { name: { $ilike: pattern } },
      { district: { $ilike: pattern } },
      { station: { $ilike: pattern } },
      { code: { $ilike: pattern } },
    ];
  }
  return findPage(ctx.em, Representative, { where, orderBy: { name: 'asc', id: 'asc' }, args, populate: ['account'] }, (r) =>
    representativeView(ctx, r),
  );
}

/** One record: staff read any, a representative only their own. */
export async function readRepresentative(ctx: Caller, id: string): Promise<RepresentativeType> {
  const r = await getRepresentative(ctx.em, id);
  if (!isAdmin(ctx.viewer) && r.account?.id !== ctx.viewer.account?.id)
    throw new DomainError('FORBIDDEN', 'You may read only your own record.');
  return representativeView(ctx, r);
}

/** A REPRESENTATIVE account that may be linked to `record` (unlinked, or already linked to it). */
async function linkableAccount(em: EntityManager, accountId: string, record: Representative | null, field = 'accountId'): Promise<Account> {
  const account = await em.findOne(Account, { id: accountId });
  if (!account) throw badInput(field, 'The account was not found.');
  if (account.role !== Role.REPRESENTATIVE) throw badInput(field, 'Only an account of role REPRESENTATIVE can be linked.');
  const other = await em.findOne(Representative, { account: account.id, ...(record ? { id: { $ne: record.id } } : {}) });
  if (other) throw new DomainError('CONFLICT', `The account ${account.username} is already linked to ${other.name}.`, { field });
  return account;
}

const trimmed = (value: string | null | undefined) => value?.trim() || null;

function requiredText(value: string, field: string, what: string): string {
  const text = value.trim();
  if (!text) throw badInput(field, `Enter the ${what}.`);
  return text;
}

/** A new record with a new 代表码. */
export async function createRepresentative(ctx: Caller, input: RepresentativeInput): Promise<RepresentativeType> {
  const record = await ctx.em.transactional(async (em) => {
    const account = input.accountId ? await linkableAccount(em, input.accountId, null) : null;
    const record = em.create(Representative, {
      name: requiredText(input.name, 'name', 'name'),
      district: requiredText(input.district, 'district', '选区 or 代表团'),
      station: trimmed(input.station),
      bio: trimmed(input.bio),
      active: input.active ?? true,
      account,
      code: await freeCode(em),
    });
    recordAudit(
      em,
      ctx.viewer,
      'representative.create',
      { type: 'Representative', id: record.id },
      { name: record.name, code: record.code },
    );
    await flushUnique(em, 'name', `A representative named ${record.name} of ${record.district} is already on record.`);
    return record;
  });
  return representativeView(ctx, await getRepresentative(ctx.em.fork(), record.id));
}

/** Edits a record; its code never changes. Deactivating keeps the record, its clues and items. */
export async function updateRepresentative(ctx: Caller, id: string, input: RepresentativeInput): Promise<RepresentativeType> {
  await ctx.em.transactional(async (em) => {
    const record = await getRepresentative(em, id);
    const account = input.accountId ? await linkableAccount(em, input.accountId, record) : null;
    const before = { active: record.active, accountId: record.account?.id ?? null };
    em.assign(record, {
      name: requiredText(input.name, 'name', 'name'),
      district: requiredText(input.district, 'district', '选区 or 代表团'),
      station: trimmed(input.station),
      bio: trimmed(input.bio),
      active: input.active ?? true,
      account,
    });
    recordAudit(
      em,
      ctx.viewer,
      'representative.update',
      { type: 'Representative', id },
      {
        name: record.name,
        ...(before.active !== record.active ? { active: record.active } : {}),
        ...(before.accountId !== (account?.id ?? null) ? { accountId: account?.id ?? null } : {}),
      },
    );
    await flushUnique(em, 'name', `A representative named ${record.name} of ${record.district} is already on record.`);
  });
  return representativeView(ctx, await getRepresentative(ctx.em.fork(), id));
}

/** A code no record has ever had (records are never deleted, so a unique code is never reused). */
async function freeCode(em: EntityManager, taken: Set<string> = new Set()): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = newRepresentativeCode();
    if (!taken.has(code) && !(await em.count(Representative, { code }))) {
      taken.add(code);
      return code;
    }
  }
  throw new Error('no free representative code after 20 attempts');
}

const charLength = (s: string) => [...s].length;

/**
 * Imports rows (a spreadsheet's), all or nothing: every row is checked first and every problem is
 * reported with its row and field; only a clean list is stored, in one transaction. A row matches an
 * existing record by (name, district) and updates it; a username links that REPRESENTATIVE account.
 */
export async function importRepresentatives(ctx: Caller, rows: RepresentativeRowInput[]): Promise<RepresentativeImportResult> {
  if (rows.length === 0) throw badInput('rows', 'The list is empty.');
  if (rows.length > MAX_IMPORT_ROWS) throw badInput('rows', `Import at most ${MAX_IMPORT_ROWS.toLocaleString('en')} rows at a time.`);
  return ctx.em.transactional(async (em) => {
    const errors: RepresentativeImportError[] = [];
    const error = (row: number, field: string, message: string) => errors.push({ row: row + 1, field, message });
    const clean = rows.map((row, i) => {
      const name = (row.name ?? '').trim();
      const district = (row.district ?? '').trim();
      const station = trimmed(row.station);
      const bio = trimmed(row.bio);
      const username = trimmed(row.username);
      if (!name) error(i, 'name', 'The name is missing.');
      else if (charLength(name) > 60) error(i, 'name', 'The name is longer than 60 characters.');
      if (!district) error(i, 'district', 'The 选区 or 代表团 is missing.');
      else if (charLength(district) > 60) error(i, 'district', 'The 选区 or 代表团 is longer than 60 characters.');
      if (station && charLength(station) > 100) error(i, 'station', 'The 联络站 is longer than 100 characters.');
      if (bio && charLength(bio) > 500) error(i, 'bio', 'The profile is longer than 500 characters.');
      if (username && charLength(username) > 40) error(i, 'username', 'No account has this username.');
      return { name, district, station, bio, username };
    });
    const key = (r: { name: string; district: string }) => `${r.name}\u0000${r.district}`;
    const firstRow = new Map<string, number>();
    const usernameRow = new Map<string, number>();
    clean.forEach((r, i) => {
      if (r.name && r.district) {
        const seen = firstRow.get(key(r));
        if (seen !== undefined) error(i, 'name', `The same representative is already in row ${seen + 1}.`);
        else firstRow.set(key(r), i);
      }
      if (r.username) {
        const seen = usernameRow.get(r.username);
        if (seen !== undefined) error(i, 'username', `The account ${r.username} is already linked in row ${seen + 1}.`);
        else usernameRow.set(r.username, i);
      }
    });
    const usernames = [...usernameRow.keys()];
    const accounts = usernames.length ? await em.find(Account, { username: { $in: usernames } }) : [];
    const accountOf = new Map(accounts.map((a) => [a.username, a]));
    const linked = accounts.length
      ? await em.find(Representative, { account: { $in: accounts.map((a) => a.id) } }, { populate: ['account'] })
      : [];
    const names = [...new Set(clean.map((r) => r.name).filter(Boolean))];
    const existing = names.length ? await em.find(Representative, { name: { $in: names } }) : [];
    const existingOf = new Map(existing.map((r) => [key(r), r]));
    clean.forEach((r, i) => {
      if (!r.username) return;
      const account = accountOf.get(r.username);
      if (!account) return error(i, 'username', `No account has the username ${r.username}.`);
      if (account.role !== Role.REPRESENTATIVE) return error(i, 'username', `${r.username} is not a REPRESENTATIVE account.`);
      const holder = linked.find((l) => l.account?.id === account.id);
      if (holder && holder !== existingOf.get(key(r)))
        error(i, 'username', `The account ${r.username} is already linked to ${holder.name} (${holder.district}).`);
    });
    if (errors.length) return { created: 0, updated: 0, errors: errors.sort((a, b) => a.row - b.row) };

    let created = 0;
    let updated = 0;
    const taken = new Set<string>();
    for (const r of clean) {
      const account = r.username ? accountOf.get(r.username)! : undefined;
      const record = existingOf.get(key(r));
      if (record) {
        em.assign(record, { station: r.station, bio: r.bio, ...(account ? { account } : {}) });
        updated++;
      } else {
        const { username: _, ...fields } = r;
        em.create(Representative, { ...fields, account: account ?? null, code: await freeCode(em, taken) });
        created++;
      }
    }
    recordAudit(em, ctx.viewer, 'representative.import', { type: 'Representative' }, { rows: rows.length, created, updated });
    await flushUnique(em, 'rows', 'Another change to the representatives came in at the same time; import again.');
    return { created, updated, errors: [] };
  });
}

/** The public profile behind a 代表码; inactive ones are shown (active false) so the page can say so. */
export async function publicRepresentative(ctx: Caller, code: string): Promise<PublicRepresentative> {
  const normalized = normalizeRepresentativeCode(code);
  const r = normalized.length === 8 ? await ctx.em.findOne(Representative, { code: normalized }) : null;
  if (!r) throw new DomainError('NOT_FOUND', 'No representative has this code; check the code or scan the QR code again.');
  const [cluesReceived, cluesAnswered, rounds] = await Promise.all([
    ctx.em.count(Clue, { representative: r.id }),
    ctx.em.count(Clue, { representative: r.id, replyRepresentative: r.id }),
    // Published results only: a running or unrevealed 选民评议 stays secret here as everywhere.
    ctx.em.find(
      VoteRound,
      { question: { representative: r.id }, status: 'PUBLISHED' },
      { populate: ['session', 'question'], orderBy: { publishedAt: 'desc' } },
    ),
  ]);
  return {
    name: r.name,
    district: r.district,
    station: r.station ?? null,
    bio: r.bio ?? null,
    photoUrl: representativePhotoUrl(r),
    code: r.code,
    active: r.active,
    cluesReceived,
    cluesAnswered,
    reviews: rounds.map((round) => ({
      sessionId: round.session.id,
      sessionTitle: round.session.title,
      title: round.question.title,
      publishedAt: round.publishedAt!,
      outcome: round.result!.outcome,
      satisfactionRate: round.result!.composite,
    })),
  };
}

/** An addressed clue's representative: known (NOT_FOUND) and active (REPRESENTATIVE_INACTIVE). */
export async function addressedRepresentative(em: EntityManager, code: string): Promise<Representative> {
  const normalized = normalizeRepresentativeCode(code);
  const r = normalized.length === 8 ? await em.findOne(Representative, { code: normalized }) : null;
  if (!r)
    throw new DomainError('NOT_FOUND', 'No representative has this code; check the code or scan the QR code again.', {
      field: 'representativeCode',
    });
  if (!r.active)
    throw new DomainError('REPRESENTATIVE_INACTIVE', `${r.name} no longer takes clues here; send it through the general form instead.`, {
      field: 'representativeCode',
    });
  return r;
}
