import path from 'node:path';

/** Everything the server reads from its environment, validated once at start-up. */
export interface Config {
  production: boolean;
  host: string;
  port: number;
  /** Server processes sharing the port on this machine (one per core); more than one needs PostgreSQL and Redis. */
  workers: number;
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** Folder of the embedded database, or `memory://` for a throw-away one. */
  dataDir: string;
  /** Redis connection string; when absent pub/sub and rate limits stay in this process. */
  redisUrl: string | undefined;
  /** Prefix for every Redis key and channel, so several deployments can share one Redis. */
  redisPrefix: string;
  /** Which seed to load into an empty database. */
  seed: 'demo' | 'test' | 'none';
  /** Built web app to serve; absent folder means API only. */
  webDist: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Set the cookie's Secure flag (behind TLS). */
  secureCookies: boolean;
  sessionTtlHours: number;
  /** Phones that may join from one network address per minute (a studio shares one Wi-Fi). */
  joinsPerMinutePerAddress: number;
  /** Folder of uploaded photos (clue photos, evidence). */
  uploadDir: string;
  /** Clues that may be submitted from one network address per 10 minutes (loose: shared Wi-Fi). */
  cluesPer10MinutesPerAddress: number;
  /** The Chromium that prints PDF reports (session reports). */
  chromiumPath: string;
  /** Who issues the printed reports and notices (落款), e.g. 云溪县人大常委会办公室. */
  reportIssuer: string;
}

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {}

const repoRoot = path.resolve(import.meta.dirname, '../../..');

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = env[name] ?? fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(`${name} is "${value}"; set it to one of: ${allowed.join(', ')}.`);
  }
  return value as T;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} is "${raw}"; set it to a whole number from ${min} to ${max}.`);
  }
  return value;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a URL; set it like ${protocols[0]}//user@host:port/name, or unset it.`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.join(' or ')}; it starts with ${parsed.protocol}`);
  }
  return raw;
}

/** The only reader of the environment: fails with a sentence that says what to set. */
export function loadConfig(env: Env = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const dataDir = env.DATA_DIR || path.join(repoRoot, 'data', 'pglite');
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const redisUrl = url(env, 'REDIS_URL', ['redis:', 'rediss:']);
  const workers = integer(env, 'WORKERS', 1, 1, 64);
  const port = integer(env, 'PORT', 4000, 0, 65535);
  if (workers > 1 && !(databaseUrl && redisUrl)) {
    throw new ConfigError(`WORKERS is ${workers}; several worker processes share state through PostgreSQL and Redis, so set DATABASE_URL and REDIS_URL too (the embedded database lives inside one process).`);
  }
  if (workers > 1 && port === 0) throw new ConfigError('WORKERS is more than 1 and PORT is 0; the workers share one port, so set PORT to a port number.');
  return {
    production,
    host: env.HOST || '127.0.0.1',
    port,
    workers,
    databaseUrl,
    dataDir: dataDir.startsWith('memory://') ? dataDir : path.resolve(dataDir),
    redisUrl,
    redisPrefix: env.REDIS_PREFIX || 'wz:',
    seed: oneOf(env, 'SEED', ['demo', 'test', 'none'] as const, 'none'),
    webDist: path.resolve(env.WEB_DIST || path.join(repoRoot, 'packages', 'web', 'dist')),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    secureCookies: oneOf(env, 'SECURE_COOKIES', ['true', 'false'] as const, production ? 'true' : 'false') === 'true',
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30),
    joinsPerMinutePerAddress: integer(env, 'JOINS_PER_MINUTE_PER_ADDRESS', 600, 1, 10_000_000),
    uploadDir: path.resolve(env.UPLOAD_DIR || path.join(repoRoot, 'data', 'uploads')),
    cluesPer10MinutesPerAddress: integer(env, 'CLUES_PER_10_MINUTES_PER_ADDRESS', 60, 1, 1_000_000),
    chromiumPath: env.CHROMIUM_PATH || '/usr/bin/chromium',
    reportIssuer: (env.REPORT_ISSUER || '人大常委会办公室').slice(0, 60),
  };
}
