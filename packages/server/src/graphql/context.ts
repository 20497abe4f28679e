import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { LoginLimiter } from '../modules/auth/login-limiter.js';
import { resolveViewer } from '../modules/auth/auth.service.js';
import type { Viewer } from '../modules/auth/viewer.js';
import type { PubSub } from './pubsub.js';

/** Long-lived services shared by every request. */
export interface AppServices {
  config: Config;
  logger: Logger;
  pubsub: PubSub;
  loginLimiter: LoginLimiter;
  /** The root entity manager; each operation works on its own fork. */
  em: EntityManager;
}

/** What a transport can offer beyond the token: HTTP can set cookies, WebSocket cannot. */
export interface TransportInfo {
  token: string | undefined;
  ip: string;
  sessionCookie?: { set(token: string, expiresAt: Date): void; clear(): void };
}

export interface Context {
  em: EntityManager;
  viewer: Viewer;
  ip: string;
  services: AppServices;
  sessionCookie?: TransportInfo['sessionCookie'];
}

/** The one context builder for both transports. */
export async function buildContext(services: AppServices, transport: TransportInfo): Promise<Context> {
  const em = services.em.fork();
  const viewer = await resolveViewer(em, transport.token);
  return { em, viewer, ip: transport.ip, services, sessionCookie: transport.sessionCookie };
}
