import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { resolveSignIn } from '../modules/auth/auth.service.js';
import { anonymous, type Viewer } from '../modules/auth/viewer.js';
import type { Voter } from '../modules/session/audience-pass.js';
import type { AppServices } from '../services.js';
import type { SubscriberTarget } from './shared-subscriptions.js';

/** What a transport can offer beyond the token: HTTP can set cookies, WebSocket cannot. */
export interface TransportInfo {
  token: string | undefined;
  /** An audience pass (see joinSession; sent as `X-Device-Token`), checked by signature alone. */
  audiencePass?: string;
  /** A public device token (see registerDevice; sent as `X-Public-Device`), for what the public may do once per device. */
  publicDevice?: string;
  /** The pass already checked, when the transport checks it once per connection. */
  voter?: Voter | null;
  /** Over WebSocket: where this operation's messages go (see SharedSubscriptions). */
  subscriber?: SubscriberTarget;
  ip: string;
  sessionCookie?: { set(token: string, expiresAt: Date): void; clear(): void };
}

/** What every resolver gets; it satisfies each service function's narrower `Caller` or `Scope` (see scope.ts). */
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

/**
 * A class, not an object literal: a literal with a getter makes a new getter function for every
 * operation (0.5 µs a vote in a storm, against 0.04 µs for a class instance). No `#private` fields:
 * Apollo copies a context's own properties onto an object of its prototype (see `cloneObject`).
 */
class OperationContext implements Context {
  private forked: EntityManager | undefined = undefined;

  constructor(
    readonly services: AppServices,
    readonly viewer: Viewer,
    readonly voter: Voter | null,
    readonly device: string | null,
    readonly ip: string,
    readonly sessionCookie: TransportInfo['sessionCookie'],
    readonly subscriber: SubscriberTarget | undefined,
  ) {}

  /** Forked on first use: a vote never touches the ORM, and forking per vote would cost the hot path. */
  get em(): EntityManager {
    return (this.forked ??= this.services.em.fork());
  }
}

/**
 * The one context builder for both transports: at once without a sign-in token (a phone's vote waits
 * for nothing here), after the sign-in is looked up with one.
 */
export function buildContext(services: AppServices, transport: TransportInfo): Context | Promise<Context> {
  // Not resolveViewer: an account that must change its password is signed in here, and refused per operation (access.ts).
  if (!transport.token) return operationContext(services, anonymous, transport);
  return resolveSignIn(services.em.fork(), transport.token).then(({ viewer }) => operationContext(services, viewer, transport));
}

function operationContext(services: AppServices, viewer: Viewer, transport: TransportInfo): Context {
  const voter = transport.voter !== undefined ? transport.voter : services.audiencePasses.verify(transport.audiencePass);
  return new OperationContext(
    services,
    viewer,
    voter,
    services.publicDevices.verify(transport.publicDevice),
    transport.ip,
    transport.sessionCookie,
    transport.subscriber,
  );
}
