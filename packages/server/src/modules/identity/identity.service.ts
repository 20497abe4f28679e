import { randomInt } from 'node:crypto';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '../../logger.js';
import type { Caller, Scope } from '../../scope.js';
import { badInput, DomainError } from '../../graphql/errors.js';
import { consumeOrRefuse, rateLimited } from '../../lib/rate-limit.js';
import { addressKey } from '../../http/client-address.js';
import { recordAudit } from '../audit/audit.service.js';
import { type CryptoSuite, cryptoSuite, otherSuite } from '../../secrets/crypto-suite.js';
import type { Voter } from '../session/audience-pass.js';
import { maskPhone, normalizePhone } from '../clue/phone.js';
import type { Session } from '../session/session.entity.js';
import { getSession } from '../session/session.service.js';
import { assertEditable } from '../session/session-status.js';
import { Channel } from '../vote/choice.js';
import { RosterEntry, VoteCode } from './identity.entity.js';
import type { SmsSender } from './sms-sender.js';

const mobilePattern = /^1[3-9]\d{9}$/;
const CODE_LIFETIME_MS = 5 * 60_000;
const RESEND_AFTER_MS = 60_000;
const TRIES_PER_CODE = 5;

/** What proving a number needs beyond the request: a key for the hashes, the sender, the limits. */
export class PhoneIdentity {
  constructor(
    private readonly key: Buffer,
    readonly sms: SmsSender,
    private readonly signature: string,
    readonly limits: { perNumber: RateLimiterAbstract; perAddress: RateLimiterAbstract },
  ) {}

  /**
   * The keyed hash that stands for a number (the crypto suite's HMAC): the same number gives the same
   * key, the key gives no number.
   */
  phoneKey(phone: string, suite: CryptoSuite = cryptoSuite()): string {
    return suite.keyedDigest(this.key, `phone|${phone}`);
  }

  /**
   * The key a session knows this number by. Numbers are not kept, so keys made before a switch of
   * CRYPTO_SUITE cannot be redone: a session whose roster, codes or ballots already hold the number
   * under the other suite's key keeps that key, so the number stays one voter (one ballot) there.
   */
  async keyInSession(em: EntityManager, sessionId: string, phone: string): Promise<string> {
    const current = this.phoneKey(phone);
    const other = this.phoneKey(phone, otherSuite());
    const known = await em.execute<{ n: number }[]>(
      `select 1 as n from roster_entry where session_id = ? and phone_key = ?
       union all select 1 from vote_code where session_id = ? and phone_key = ?
       union all select 1 from vote_register r join vote_round v on v.id = r.round_id where v.session_id = ? and r.voter_key = ?
       limit 1`,
      [sessionId, other, sessionId, other, sessionId, `phone:${other}`],
    );
    return known.length > 0 ? other : current;
  }

  codeHash(sessionId: string, phoneKey: string, code: string, suite: CryptoSuite = cryptoSuite()): string {
    return suite.keyedDigest(this.key, `code|${sessionId}|${phoneKey}|${code}`);
  }

  message(code: string): string {
    return `${this.signature}您的投票验证码是${code}，5分钟内有效。如非本人操作，请忽略本短信。`;
  }
}

/** A mainland mobile number as people type it (spaces, dashes, +86), or BAD_USER_INPUT. */
function mobileNumber(raw: string, field: string): string {
  const phone = normalizePhone(raw);
  if (!mobilePattern.test(phone)) throw badInput(field, 'Enter an 11-digit mainland mobile number.');
  return phone;
}

/**
 * Sends a one-time code to prove a number before voting online (identity PHONE_CODE or ROSTER).
 * Six digits, valid 5 minutes, 5 tries; a new code after 60 s at the earliest; per number and per
 * address limits. A ROSTER session sends codes only to numbers on its roster.
 */
export async function requestVoteCode(
  ctx: Scope<{ identity: PhoneIdentity; logger: Logger }> & { ip: string },
  session: Session,
  rawPhone: string,
) {
  const identity = ctx.services.identity;
  const phone = mobileNumber(rawPhone, 'phone');
  const phoneKey = await identity.keyInSession(ctx.em, session.id, phone);
  const tier = session.settings.onlineIdentity ?? 'DEVICE';
  if (tier === 'DEVICE')
    throw new DomainError('INVALID_PHASE', 'This session needs no code: join it with its code alone.', { identity: tier });
  if (tier === 'ROSTER' && !(await ctx.em.count(RosterEntry, { session, phoneKey }))) {
    throw new DomainError('NOT_ON_ROLL', 'This number is not on the list of people who may vote online in this session.', {
      field: 'phone',
    });
  }
  const earlier = await ctx.em.findOne(VoteCode, { session, phoneKey });
  const wait = earlier ? earlier.sentAt.getTime() + RESEND_AFTER_MS - Date.now() : 0;
  if (wait > 0) throw rateLimited(wait, 'A code was sent to this number just now.');
  await consumeOrRefuse(identity.limits.perAddress, addressKey(ctx.ip), 'Too many codes were requested from this network just now.');
  await consumeOrRefuse(identity.limits.perNumber, phoneKey, 'Too many codes were sent to this number.');
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const now = Date.now();
  // Sent before it is stored: a code the gateway refused is never waiting to be tried.
  try {
    await identity.sms.send(phone, identity.message(code));
  } catch (error) {
    ctx.services.logger.warn({ err: error }, 'an SMS code could not be sent');
    throw new DomainError('SERVICE_UNAVAILABLE', 'The text message could not be sent just now; try again in a minute.');
  }
  await ctx.em.upsert(VoteCode, {
    session,
    phoneKey,
    codeHash: identity.codeHash(session.id, phoneKey, code),
    expiresAt: new Date(now + CODE_LIFETIME_MS),
    tries: 0,
    sentAt: new Date(now),
    usedAt: null,
    maskedPhone: maskPhone(phone),
  });
  return { maskedPhone: maskPhone(phone), expiresInSeconds: CODE_LIFETIME_MS / 1000, resendAfterSeconds: RESEND_AFTER_MS / 1000 };
}

/**
 * Checks a code and names the voter: one number is one online voter per session (PHONE_CODE:
 * `phone:<key>`), or one person on the roster (ROSTER: `roster:<id>`), on however many phones.
 * A wrong code counts a try; the code is spent once it is used.
 */
export async function proveNumber(
  ctx: Pick<Scope<{ identity: PhoneIdentity }>, 'em' | 'services'>,
  session: Session,
  rawPhone: string,
  rawCode: string,
): Promise<Voter> {
  const identity = ctx.services.identity;
  const phone = mobileNumber(rawPhone, 'phone');
  const code = rawCode.trim();
  if (!/^\d{6}$/.test(code)) throw badInput('code', 'The code has 6 digits.');
  const phoneKey = await identity.keyInSession(ctx.em, session.id, phone);
  // Spent in one statement, so two phones sending the same code at once cannot both use it. A code
  // sent just before a switch of CRYPTO_SUITE is hashed under the other suite: it is good for its minutes.
  const spent = await ctx.em.execute<{ n: number }[]>(
    `update vote_code set used_at = now() where session_id = ? and phone_key = ? and code_hash in (?, ?) and used_at is null and tries < ? and expires_at > now() returning 1 as n`,
    [
      session.id,
      phoneKey,
      identity.codeHash(session.id, phoneKey, code),
      identity.codeHash(session.id, phoneKey, code, otherSuite()),
      TRIES_PER_CODE,
    ],
  );
  if (spent.length === 0) throw await refusal(ctx, session, phoneKey);
  if ((session.settings.onlineIdentity ?? 'DEVICE') === 'ROSTER') {
    const person = await ctx.em.findOne(RosterEntry, { session, phoneKey });
    if (!person)
      throw new DomainError('NOT_ON_ROLL', 'This number is not on the list of people who may vote online in this session.', {
        field: 'phone',
      });
    return { sessionId: session.id, channel: Channel.ONLINE, voterKey: `roster:${person.id}` };
  }
  return { sessionId: session.id, channel: Channel.ONLINE, voterKey: `phone:${phoneKey}` };
}

/** Why a code was not accepted; a wrong code counts one of its tries. */
async function refusal(ctx: Pick<Caller, 'em'>, session: Session, phoneKey: string): Promise<DomainError> {
  const entry = await ctx.em.fork().findOne(VoteCode, { session: session.id, phoneKey });
  if (!entry || entry.usedAt)
    return new DomainError('CODE_INVALID', 'This code is not valid; ask for a new one.', { field: 'code', triesLeft: 0 });
  if (entry.tries >= TRIES_PER_CODE) {
    const retryAfterSeconds = Math.max(1, Math.ceil((entry.sentAt.getTime() + RESEND_AFTER_MS - Date.now()) / 1000));
    return new DomainError('RATE_LIMITED', 'Too many wrong codes; ask for a new one.', { field: 'code', retryAfterSeconds });
  }
  if (entry.expiresAt.getTime() <= Date.now())
    return new DomainError('CODE_EXPIRED', 'This code has expired; ask for a new one.', { field: 'code' });
  const [counted] = await ctx.em.execute<{ tries: number }[]>(
    'update vote_code set tries = tries + 1 where session_id = ? and phone_key = ? returning tries',
    [session.id, phoneKey],
  );
  return new DomainError('CODE_INVALID', 'This code is not right; check the text message.', {
    field: 'code',
    triesLeft: Math.max(0, TRIES_PER_CODE - (counted?.tries ?? TRIES_PER_CODE)),
  });
}

/**
 * Replaces a session's online roster (ROSTER tier) with these people, or adds them to it (`append`:
 * the later parts of a long list), until it goes live; answers the roster's size. A refused part
 * stores nothing.
 */
export async function importRoster(
  ctx: Scope<{ identity: PhoneIdentity }>,
  sessionId: string,
  people: { name: string; phone: string }[],
  append = false,
): Promise<number> {
  const identity = ctx.services.identity;
  const rows = people.map((person, i) => {
    const name = person.name.trim();
    if (!name) throw badInput(`people.${i}.name`, `Row ${i + 1}: enter the person’s name.`);
    const phone = mobileNumber(person.phone, `people.${i}.phone`);
    return { name, phoneKey: identity.phoneKey(phone), maskedPhone: maskPhone(phone), otherKey: identity.phoneKey(phone, otherSuite()) };
  });
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const first = seen.get(row.phoneKey);
    if (first !== undefined) throw badInput(`people.${i}.phone`, `Row ${i + 1} has the same number as row ${first + 1}.`);
    seen.set(row.phoneKey, i);
  });
  return ctx.em.transactional(async (em) => {
    const session = await getSession({ ...ctx, em }, { id: sessionId });
    assertEditable(session.status, 'The online roster');
    if (!append) await em.nativeDelete(RosterEntry, { session });
    const existing = append ? await em.find(RosterEntry, { session }, { fields: ['phoneKey', 'position'] }) : [];
    const taken = new Set(existing.map((e) => e.phoneKey));
    rows.forEach((row, i) => {
      // The roster's earlier part may have been keyed under the other crypto suite (before a switch).
      if (taken.has(row.phoneKey) || taken.has(row.otherKey))
        throw badInput(`people.${i}.phone`, `Row ${i + 1}: this number is already on the roster.`);
    });
    const first = existing.reduce((last, e) => Math.max(last, e.position + 1), 0);
    rows.forEach(({ otherKey: _, ...row }, i) => em.create(RosterEntry, { session, ...row, position: first + i }));
    recordAudit(em, ctx.viewer, 'roster.import', { type: 'Session', id: sessionId }, { count: rows.length, append });
    return existing.length + rows.length;
  });
}

/** The online roster in import order, with masked numbers. */
export async function listRoster(ctx: Caller, sessionId: string): Promise<RosterEntry[]> {
  const session = await getSession(ctx, { id: sessionId });
  return ctx.em.find(RosterEntry, { session }, { orderBy: { position: 'asc' } });
}
