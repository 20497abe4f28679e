import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { badInput, notFound } from '../../graphql/errors.js';
import type { Caller } from '../../scope.js';
import { recordAudit } from '../audit/audit.service.js';
import { DeadlineDefault, EscalationStep, HolidayOverride } from './deadlines.entity.js';
import { type DeadlineKind, deadlineKinds, type EscalationLevel, FALLBACK_WORKING_DAYS } from './deadline-terms.js';
import type { DeadlineSettings } from './deadlines.type.js';
import { chinaDate, loadCalendar, officialCalendarThrough } from './working-days.js';
import { progressReviewOn } from './follow-up-settings.js';

// Staff settings of the deadline rules: each kind's default handling time, the escalation ladder,
// and the days that differ from the official calendar. Each change is audited.

/** A new item's deadline: its kind's working days from `from` (now), at the end of that day. */
export async function defaultDeadline(em: EntityManager, kind: DeadlineKind, from = new Date()): Promise<Date> {
  const [row, calendar] = await Promise.all([em.findOne(DeadlineDefault, { kind }), loadCalendar(em)]);
  return calendar.addWorkingDays(from, row?.workingDays ?? FALLBACK_WORKING_DAYS[kind]);
}

/** The ladder, lowest rung first. */
export const loadLadder = (em: EntityManager) => em.find(EscalationStep, {}, { orderBy: { days: 'asc' } });

export async function deadlineSettings(ctx: Caller): Promise<DeadlineSettings> {
  const [defaults, ladder, overrides, progressReview] = await Promise.all([
    ctx.em.find(DeadlineDefault, {}),
    loadLadder(ctx.em),
    ctx.em.find(HolidayOverride, {}, { orderBy: { date: 'asc' } }),
    progressReviewOn(ctx.em),
  ]);
  const days = new Map(defaults.map((d) => [d.kind, d.workingDays]));
  return {
    defaults: deadlineKinds.map((kind) => ({ kind, workingDays: days.get(kind) ?? FALLBACK_WORKING_DAYS[kind] })),
    ladder: ladder.map((s) => ({ days: s.days, level: s.level })),
    overrides: overrides.map((o) => ({ date: o.date, working: o.working, note: o.note })),
    officialCalendarThrough: officialCalendarThrough(),
    progressReview,
  };
}

/** Sets a kind's default handling time (items created from now on). */
export async function setDeadlineDefault(ctx: Caller, kind: DeadlineKind, workingDays: number): Promise<DeadlineSettings> {
  await ctx.em.transactional(async (em) => {
    const row = await em.findOne(DeadlineDefault, { kind });
    const before = row?.workingDays ?? FALLBACK_WORKING_DAYS[kind];
    if (row) row.workingDays = workingDays;
    else em.create(DeadlineDefault, { kind, workingDays });
    recordAudit(em, ctx.viewer, 'followUp.setDeadlineDefault', { type: 'DeadlineDefault', id: kind }, { before, after: workingDays });
  });
  return deadlineSettings(ctx);
}

/**
 * Replaces the escalation ladder. Rungs must not overlap: days strictly increasing, each level at
 * most once (a level is raised once per item and handling round, whatever its days).
 */
export async function setEscalationLadder(ctx: Caller, steps: { days: number; level: EscalationLevel }[]): Promise<DeadlineSettings> {
  const levels = new Set<EscalationLevel>();
  for (const [index, step] of steps.entries()) {
    if (index > 0 && step.days <= steps[index - 1]!.days)
      throw badInput(
        `steps.${index}.days`,
        `Step ${index + 1} (${step.days} working days) must come after step ${index} (${steps[index - 1]!.days}): list the steps with strictly increasing days.`,
      );
    if (levels.has(step.level))
      throw badInput(`steps.${index}.level`, `The level ${step.level} appears twice; use each level at most once.`);
    levels.add(step.level);
  }
  await ctx.em.transactional(async (em) => {
    const before = await loadLadder(em);
    const was = before.map((s) => ({ days: s.days, level: s.level }));
    // Removed through the unit of work (not a bulk delete) so new rungs with the same days are inserted, not merged.
    for (const step of before) em.remove(step);
    await em.flush();
    for (const step of steps) em.create(EscalationStep, { days: step.days, level: step.level });
    recordAudit(em, ctx.viewer, 'followUp.setEscalationLadder', { type: 'EscalationLadder' }, { before: was, after: steps });
  });
  return deadlineSettings(ctx);
}

const isDate = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date) && chinaDate(new Date(`${date}T12:00:00+08:00`)) === date;

/** Marks a day working or not, overriding the official calendar (deadlines already set keep their dates). */
export async function setHolidayOverride(ctx: Caller, input: { date: string; working: boolean; note: string }): Promise<DeadlineSettings> {
  if (!isDate(input.date)) throw badInput('date', 'Give the date as YYYY-MM-DD.');
  const note = input.note.trim();
  if (!note) throw badInput('note', 'Say why this day differs from the official calendar.');
  await ctx.em.transactional(async (em) => {
    const row = await em.findOne(HolidayOverride, { date: input.date });
    const before = row ? { working: row.working, note: row.note } : null;
    if (row) em.assign(row, { working: input.working, note });
    else em.create(HolidayOverride, { date: input.date, working: input.working, note });
    recordAudit(
      em,
      ctx.viewer,
      'followUp.setHolidayOverride',
      { type: 'HolidayOverride', id: input.date },
      { before, after: { working: input.working, note } },
    );
  });
  return deadlineSettings(ctx);
}

/** The day follows the official calendar again. */
export async function removeHolidayOverride(ctx: Caller, date: string): Promise<DeadlineSettings> {
  await ctx.em.transactional(async (em) => {
    const row = await em.findOne(HolidayOverride, { date });
    if (!row) throw notFound('The override');
    em.remove(row);
    recordAudit(
      em,
      ctx.viewer,
      'followUp.removeHolidayOverride',
      { type: 'HolidayOverride', id: date },
      { working: row.working, note: row.note },
    );
  });
  return deadlineSettings(ctx);
}
