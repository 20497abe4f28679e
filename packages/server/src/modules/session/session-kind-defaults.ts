import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { badInput } from '../../graphql/errors.js';
import type { Caller } from '../../scope.js';
import { recordAudit } from '../audit/audit.service.js';
import { SessionKindDefaults } from './session-kind-defaults.entity.js';
import { sessionKindProfiles, sessionKinds, type SessionKind, type SessionKindProfile } from './session-kind.js';
import type { SessionKindDefaultsInput, VoteSettingsInput } from './session.inputs.js';
import type { VoteSettings } from './vote-settings.js';

// Each kind's default rules: the ones the product ships (session-kind.ts), unless staff set their own.

/** A kind's profile as planning uses it now; `customized` when staff's defaults replace the shipped ones. */
export type EffectiveProfile = SessionKindProfile & { kind: SessionKind; customized: boolean };

const effective = (kind: SessionKind, row: SessionKindDefaults | undefined): EffectiveProfile => ({
  ...sessionKindProfiles[kind],
  kind,
  customized: Boolean(row),
  ...(row && { settings: { ...sessionKindProfiles[kind].settings, ...row.settings }, redoMonths: row.redoMonths }),
});

/** Every kind's profile, in the kinds' order. */
export async function kindProfiles(em: EntityManager): Promise<EffectiveProfile[]> {
  const rows = new Map((await em.find(SessionKindDefaults, {})).map((row) => [row.kind, row]));
  return sessionKinds.map((kind) => effective(kind, rows.get(kind)));
}

export async function kindProfile(em: EntityManager, kind: SessionKind): Promise<EffectiveProfile> {
  return effective(kind, (await em.findOne(SessionKindDefaults, { kind })) ?? undefined);
}

/**
 * `base` with the fields `input` gives, checked as a whole: what class-validator cannot see field by
 * field (the weights' sum, the grades' order). Errors name `settings.<field>`.
 */
export function settingsOver(base: VoteSettings, input: VoteSettingsInput | null | undefined): VoteSettings {
  const given = Object.fromEntries(Object.entries(input ?? {}).filter(([, value]) => value !== null && value !== undefined));
  const settings: VoteSettings = { ...base, ...given };
  if (settings.satisfiedGrade < settings.satisfiedThreshold)
    throw badInput('settings.satisfiedGrade', 'The 满意 grade cannot be below the 不满意 line.');
  if (settings.studioWeight + settings.onlineWeight !== 100)
    throw badInput('settings.onlineWeight', 'The studio and online weights must add up to 100.');
  return settings;
}

/** Sets a kind's default rules for sessions planned from now on; sessions already planned keep theirs. */
export async function setSessionKindDefaults(ctx: Caller, input: SessionKindDefaultsInput): Promise<EffectiveProfile> {
  const current = await kindProfile(ctx.em, input.kind);
  const settings = settingsOver(current.settings, input.settings);
  const redoMonths = input.redoMonths === undefined ? current.redoMonths : input.redoMonths;
  await ctx.em.transactional(async (em) => {
    await em.upsert(SessionKindDefaults, { kind: input.kind, settings, redoMonths, updatedAt: new Date() });
    recordAudit(em, ctx.viewer, 'sessionKind.setDefaults', { type: 'SessionKind', id: input.kind }, { settings, redoMonths });
  });
  return kindProfile(ctx.em.fork(), input.kind);
}

/** Goes back to the rules the product ships for a kind. */
export async function resetSessionKindDefaults(ctx: Caller, kind: SessionKind): Promise<EffectiveProfile> {
  await ctx.em.transactional(async (em) => {
    const removed = await em.nativeDelete(SessionKindDefaults, { kind });
    if (removed) recordAudit(em, ctx.viewer, 'sessionKind.resetDefaults', { type: 'SessionKind', id: kind });
  });
  return kindProfile(ctx.em.fork(), kind);
}
