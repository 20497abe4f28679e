import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { LoginLimiter } from '../modules/auth/login-limiter.js';
import { resolveSignIn } from '../modules/auth/auth.service.js';
import { anonymous, type Viewer } from '../modules/auth/viewer.js';
import type { PubSub } from './pubsub.js';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DeviceTokens, Voter } from '../modules/audience/device-token.js';
import type { RoundRegistry } from '../modules/vote/round-registry.js';
import type { Presence } from '../modules/session/presence.js';
import type { TallyHub } from '../modules/vote/tally-hub.js';
import type { VoteIntake } from '../modules/vote/vote-intake.js';
import type { AddressVolume } from '../modules/anomaly/address-volume.js';
import type { PhoneIdentity } from '../modules/identity/identity.service.js';
import type { ClueServices } from '../modules/clue/clue-services.js';
import type { Notifier } from '../modules/follow-up/notifier.js';
import type { FileStore } from '../storage/file-store.js';
import { addressKey } from '../http/client-address.js';
import { consumeOrRefuse } from './rate-limit.js';
import type { SubscriberTarget } from './shared-subscriptions.js';

/** Long-lived services shared by every request. */
export interface AppServices {
  config: Config;
  logger: Logger;
  pubsub: PubSub;
  loginLimiter: LoginLimiter;
  /** The root entity manager; each operation works on its own fork. */
  em: EntityManager;
  deviceTokens: DeviceTokens;
  intake: VoteIntake;
  tallies: TallyHub;
  rounds: RoundRegistry;
  presence: Presence;
  joinLimiter: { consume(ip: string): Promise<void> };
  clues: ClueServices;
  /** Uploaded photos and documents. */
  files: FileStore;
  /** Sends notices beyond the app (SMS, email); the default writes them to the log. */
  notifier: Notifier;
  /** Passes and online ballots per network address, for staff to see volume live. */
  volume: AddressVolume;
  /** Proving mobile numbers by SMS code (online identity PHONE_CODE and ROSTER). */
  identity: PhoneIdentity;
}

/** Joins per address (an IPv6 client: per /64, see addressKey) are capped loosely: a whole studio audience may share one Wi-Fi address. */
export function joinLimiter(limiter: RateLimiterAbstract) {
  return { consume: (ip: string) => consumeOrRefuse(limiter, addressKey(ip), 'Too many phones joined from this network just now.') };
}

/** What a transport can offer beyond the token: HTTP can set cookies, WebSocket cannot. */
export interface TransportInfo {
  token: string | undefined;
  /** An audience pass (see joinSession), checked by signature alone. */
  deviceToken?: string;
  /** A public device token (see registerDevice), for what the public may do once per device. */
  publicDevice?: string;
  /** The pass already checked, when the transport checks it once per connection. */
  voter?: Voter | null;
  /** Over WebSocket: where this operation's messages go (see SharedSubscriptions). */
  subscriber?: SubscriberTarget;
  ip: string;
  sessionCookie?: { set(token: string, expiresAt: Date): void; clear(): void };
}

export interface Context {
  em: EntityManager;
  viewer: Viewer;
  /** The audience phone or studio seat calling, if it sent a valid pass. */
  voter: Voter | null;
  /** The public device calling (`device:<id>`), if it sent a valid device token. */
  device: string | null;
  ip: string;
  services: AppServices;
  sessionCookie?: TransportInfo['sessionCookie'];
  subscriber?: SubscriberTarget;
}

/** The one context builder for both transports. */
export async function buildContext(services: AppServices, transport: TransportInfo): Promise<Context> {
  // Not resolveViewer: an account that must change its password is signed in here, and refused per operation (access.ts).
  const viewer = transport.token ? (await resolveSignIn(services.em.fork(), transport.token)).viewer : anonymous;
  const voter = transport.voter !== undefined ? transport.voter : services.deviceTokens.verify(transport.deviceToken);
  let em: EntityManager | undefined;
  return {
    // Forked on first use: a vote never touches the ORM, and forking per vote would cost the hot path.
    get em() {
      return (em ??= services.em.fork());
    },
    viewer,
    voter,
    device: services.deviceTokens.verifyDevice(transport.publicDevice),
    ip: transport.ip,
    services,
    sessionCookie: transport.sessionCookie,
    subscriber: transport.subscriber,
  };
}
