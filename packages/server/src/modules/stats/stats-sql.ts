// Aggregate SQL over other modules' tables (vote rounds, questions, sessions, follow-up items,
// clues), read-only. Every figure is computed by the database from stored round results
// (vote_round.result, never a ballot) and from item statuses, deadlines and timeline steps; the
// same statements run on PostgreSQL and the embedded PGlite.
import type { FollowUpStatus } from '../follow-up/follow-up-status.js';

/** What the caller may count, and over which period (the stats module's own scope, not a service Scope). */
export interface CountScope {
  /** Inclusive start and exclusive end; null for an open end. */
  from: Date | null;
  to: Date | null;
  /** The public counts revealed (PUBLISHED) rounds; admins also closed rounds not yet revealed. */
  roundStatuses: readonly ('CLOSED' | 'PUBLISHED')[];
  /** The moment overdue and due are judged at. */
  now: Date;
}

/** An item whose completion report stands: handed in, being checked or evaluated, or done. */
export const handedIn: readonly FollowUpStatus[] = ['REPORTED', 'APPROVED', 'EVALUATING', 'CLOSED'];

export const list = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');

/** Conditions joined with `and`, with their parameters in order. */
export class Conditions {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  add(sql: string, ...params: unknown[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }
  period(column: string, scope: Pick<CountScope, 'from' | 'to'>): this {
    if (scope.from) this.add(`${column} >= ?::timestamptz`, scope.from.toISOString());
    if (scope.to) this.add(`${column} < ?::timestamptz`, scope.to.toISOString());
    return this;
  }
  get sql(): string {
    return this.parts.length ? this.parts.join(' and ') : 'true';
  }
}
