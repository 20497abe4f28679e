import type { FilterQuery } from '@mikro-orm/core';
import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import { findPage } from '../../graphql/pagination.js';
import type { PubSub } from '../../graphql/pubsub.js';
import type { Caller, Scope } from '../../scope.js';
import type { PublicDevices } from '../identity/public-device.js';
import { getSession } from '../session/session.service.js';
import { auditClue } from './clue-audit.js';
import { searchWhere } from './clue.board.js';
import { callIsOpen, collectionClosed } from './clue-calls.js';
import { Clue, CluePhoto, ClueSupport } from './clue.entity.js';
import type { ClueGuards } from './clue-guards.js';
import { optionalText, text, type PublicClueArgs, type SubmitClueInput } from './clue.inputs.js';
import type { PublicClue } from './clue.type.js';
import { categoryFields, photosByClue, sessionRef, visibleSession } from './clue.views.js';
import { offeredCategory } from './clue-category.service.js';
import { maskPhone, normalizePhone, phonePattern } from './phone.js';
import { newTrackingCode } from './tracking-code.js';
import { addressedRepresentative } from '../representative/representative.service.js';

/** A caller from the public pages: besides who it is, its device (from a checked device token) and its network address. */
export type PublicCaller<S extends object> = Scope<S> & { device: string | null; ip: string };

function requireDevice(ctx: { device: string | null }): string {
  if (!ctx.device) throw new DomainError('DEVICE_REQUIRED', 'This page needs its device pass; reload the page and try again.');
  return ctx.device;
}

/** Issues a device token for the public pages (support once per device, per-device limits). */
export async function registerDevice(ctx: {
  ip: string;
  services: { clueGuards: ClueGuards; publicDevices: PublicDevices };
}): Promise<string> {
  await ctx.services.clueGuards.limit('devicesPerAddress', ctx.ip);
  return ctx.services.publicDevices.issue();
}

/** A clue from the public; outside any session it is a general submission, always accepted. */
export async function submitClue(ctx: PublicCaller<{ clueGuards: ClueGuards; pubsub: PubSub }>, input: SubmitClueInput): Promise<Clue> {
  const device = requireDevice(ctx);
  const title = text(input.title, 'title', 4, 'Give the problem a title of at least 4 characters.');
  const description = text(input.description, 'description', 10, 'Describe the problem in at least 10 characters.');
  if ((input.latitude == null) !== (input.longitude == null)) throw badInput('longitude', 'Send both latitude and longitude, or neither.');
  if (new Set(input.photoIds).size !== input.photoIds.length) throw badInput('photoIds', 'A photo is attached twice.');
  const category = await offeredCategory(ctx.em, input.category);
  const session = input.sessionId ? await getSession(ctx, { id: input.sessionId }) : null;
  if (session && !callIsOpen(session)) throw collectionClosed(session);
  const representative = input.representativeCode?.trim() ? await addressedRepresentative(ctx.em, input.representativeCode) : null;
  const phone = !input.anonymous && input.phone?.trim() ? normalizePhone(input.phone) : null;
  if (phone && !phonePattern.test(phone)) throw badInput('phone', 'Enter an 11-digit mobile number or a landline with its area code.');
  // Limits are spent last, so a mistake in the form does not cost the sender an attempt.
  await ctx.services.clueGuards.limit('submitPerDevice', device);
  await ctx.services.clueGuards.limit('submitPerAddress', ctx.ip);

  const clue = await ctx.em.transactional(async (em) => {
    const photos = input.photoIds.length ? await em.find(CluePhoto, { id: { $in: input.photoIds }, clue: null, uploaderKey: device }) : [];
    if (photos.length !== input.photoIds.length) throw badInput('photoIds', 'A photo was not found or is already used; upload it again.');
    const clue = em.create(Clue, {
      trackingCode: newTrackingCode(),
      session,
      title,
      description,
      category,
      location: optionalText(input.location),
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      anonymous: input.anonymous,
      // Anonymous means staff see neither: they are not stored at all.
      submitterName: input.anonymous ? null : optionalText(input.name),
      phoneMasked: phone ? maskPhone(phone) : null,
      phoneSealed: phone ? ctx.services.clueGuards.phones.seal(phone) : null,
      representative,
    });
    for (const photo of photos) em.assign(photo, { clue, position: input.photoIds.indexOf(photo.id) });
    auditClue(em, ctx.viewer, 'clue.submit', clue.id, {
      sessionId: session?.id ?? null,
      photos: photos.length,
      ...(representative ? { representativeId: representative.id } : {}),
    });
    return clue;
  });
  ctx.services.pubsub.publish('CLUE_SUBMITTED', { clueId: clue.id });
  return clue;
}

/** 附议: a device supports a published clue once; the primary key (clue, device) decides. */
export async function supportClue(
  ctx: PublicCaller<{ clueGuards: ClueGuards }>,
  clueId: string,
): Promise<{ clueId: string; supportCount: number }> {
  const device = requireDevice(ctx);
  await ctx.services.clueGuards.limit('supportPerAddress', ctx.ip);
  return ctx.em.transactional(async (em) => {
    const clue = await em.findOne(Clue, { id: clueId, published: true });
    if (!clue) throw notFound('The clue');
    const inserted = await em.execute<{ clue_id: string }[]>(
      'insert into clue_support (clue_id, device_key, created_at) values (?, ?, now()) on conflict do nothing returning clue_id',
      [clueId, device],
    );
    if (inserted.length === 0) throw new DomainError('ALREADY_SUPPORTED', 'You have already supported this clue.');
    const [row] = await em.execute<{ support_count: number }[]>(
      'update clue set support_count = support_count + 1 where id = ? returning support_count',
      [clueId],
    );
    return { clueId, supportCount: row!.support_count };
  });
}

/** Published clues for everyone, newest or most supported first, searchable. */
export async function listPublicClues(ctx: Caller & { device: string | null }, args: PublicClueArgs) {
  if (args.sessionId) await getSession(ctx, { id: args.sessionId });
  const where: FilterQuery<Clue> = {
    $and: [{ published: true, ...(args.sessionId ? { session: args.sessionId } : {}) }, searchWhere(args.search)],
  };
  const orderBy =
    args.orderBy === 'MOST_SUPPORTED'
      ? ({ supportCount: 'desc', createdAt: 'desc', id: 'desc' } as const)
      : ({ createdAt: 'desc', id: 'desc' } as const);
  const page = await findPage(ctx.em, Clue, { where, orderBy, args, populate: ['session', 'category'] }, (clue) => clue);
  const ids = page.nodes.map((c) => c.id);
  const [photos, supported] = await Promise.all([
    photosByClue(ctx.em, ids),
    ctx.device && ids.length ? ctx.em.find(ClueSupport, { clue: { $in: ids }, deviceKey: ctx.device }) : [],
  ]);
  const supportedIds = new Set(supported.map((s) => s.clue.id));
  const nodes: PublicClue[] = page.nodes.map((clue) => ({
    id: clue.id,
    title: clue.title,
    description: clue.description,
    ...categoryFields(clue.category),
    location: clue.location ?? null,
    status: clue.status,
    session: sessionRef(visibleSession(ctx, clue.session)),
    supportCount: clue.supportCount,
    supportedByMe: supportedIds.has(clue.id),
    publicReply: clue.publicReply ?? null,
    photos: photos.get(clue.id) ?? [],
    createdAt: clue.createdAt,
  }));
  return { ...page, nodes };
}
