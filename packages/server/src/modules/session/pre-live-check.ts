import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Config } from '../../config.js';
import { streamShown } from '../../http/security-headers.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Question } from '../question/question.entity.js';
import { RollMember } from '../roll/roll-member.entity.js';
import { RosterEntry } from '../identity/identity.entity.js';
import { studioBallotsRequired } from '../vote/result.js';
import type { Session } from './session.entity.js';

export const checkCodes = [
  'NO_QUESTIONS',
  'ROSTER_EMPTY',
  'ROLL_EMPTY',
  'QUORUM_UNREACHABLE',
  'SMS_NOT_SENT',
  'NO_STREAM_URL',
  'STREAM_NOT_SHOWN',
  'NO_PUBLIC_URL',
  'NO_REHEARSAL',
] as const;
export type CheckCode = (typeof checkCodes)[number];

export interface CheckFinding {
  code: CheckCode;
  /** A blocker stops going live; a warning needs the host's explicit, audited confirmation. */
  blocker: boolean;
  message: string;
}

/**
 * What stands between a session and going on air, so nothing surprises the host live: blockers
 * (nothing to run) and warnings (a studio nobody can vote in, a quorum the roll cannot reach, no
 * stream or one phones cannot show, no public address, no rehearsal).
 */
export async function preLiveCheck(
  em: EntityManager,
  config: Pick<Config, 'publicUrl' | 'sms' | 'streamHosts'>,
  session: Session,
): Promise<CheckFinding[]> {
  const findings: CheckFinding[] = [];
  const add = (code: CheckCode, message: string, blocker = false) => findings.push({ code, blocker, message });
  const [questions, rosterSize, rehearsals, ready] = await Promise.all([
    em.count(Question, { session }),
    em.count(RosterEntry, { session }),
    em.count(AuditEntry, { subjectType: 'Session', subjectId: session.id, action: 'session.resetRehearsal' }),
    // People who can vote right now: a claimed seat code, or an account to sign in with.
    em.count(RollMember, { session, $or: [{ seatClaimedAt: { $ne: null } }, { account: { $ne: null } }] }),
  ]);
  const { settings, studioElectorate: roll } = session;
  if (questions === 0) add('NO_QUESTIONS', 'The running order has no questions: add at least one before going live.', true);
  const identity = settings.onlineIdentity ?? 'DEVICE';
  if (identity === 'ROSTER' && settings.onlineWeight > 0 && rosterSize === 0)
    add('ROSTER_EMPTY', 'Online voting is for people on the online roster, and the roster is empty: import it before going live.', true);
  if (settings.studioWeight > 0 && roll === 0)
    add(
      'ROLL_EMPTY',
      `The studio roll is empty, so nobody can vote in the studio and its ${settings.studioWeight}% weight passes to the online vote.`,
    );
  const required = studioBallotsRequired(settings.studioQuorum ?? 'NONE', roll);
  if (settings.studioWeight > 0 && roll > 0 && ready < required) {
    add(
      'QUORUM_UNREACHABLE',
      `Only ${ready} of the ${roll} people on the roll can vote now (a claimed seat code or an account); the studio quorum needs ${required}.`,
    );
  }
  if (identity !== 'DEVICE' && config.sms.gateway === 'log')
    add(
      'SMS_NOT_SENT',
      'Online voters prove their number by SMS code, but no SMS gateway is configured (SMS_GATEWAY): codes are only written to the server log.',
    );
  if (!session.streamUrl) add('NO_STREAM_URL', 'No stream address is set: phones will show no video.');
  else if (!streamShown(session.streamUrl, config.streamHosts)) {
    add(
      'STREAM_NOT_SHOWN',
      'Phones cannot show the stream address: it is not https, or its player’s host is not in STREAM_HOSTS. Use a direct HLS or MP4 address, or add the host to STREAM_HOSTS.',
    );
  }
  if (!config.publicUrl)
    add(
      'NO_PUBLIC_URL',
      'PUBLIC_URL is not set: the screen’s QR code shows whatever address the screen’s browser uses, which phones may not reach.',
    );
  if (rehearsals === 0) add('NO_REHEARSAL', 'No rehearsal has been run and reset for this session.');
  return findings;
}
