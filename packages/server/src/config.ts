import path from 'node:path';
import proxyaddr from 'proxy-addr';
import { type CryptoSuiteName, cryptoSuiteNames } from './secrets/crypto-suite.js';

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
  /** Which seed to load into an empty database (`none`: one `admin` account with a generated password). */
  seed: 'demo' | 'test' | 'none';
  /** Where production writes the passwords the seed created (mode 0600), instead of printing them. */
  initialPasswordFile: string;
  /** Built web app to serve; absent folder means API only. */
  webDist: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Set the cookie's Secure flag (behind TLS). */
  secureCookies: boolean;
  sessionTtlHours: number;
  /** Phones that may join from one network address per minute (a studio shares one Wi-Fi). */
  joinsPerMinutePerAddress: number;
  /** Vote batches all of this instance's processes write to PostgreSQL at once (see voteBatchOptions). */
  voteBatchesAtOnce: number;
  /** How often texts to clues' submitters are queued and sent (see modules/clue/submitter-notices.ts). */
  submitterNoticeSeconds: number;
  /** Online passes are issued from this many minutes before a session's scheduled time (or once it is live). */
  passWindowMinutes: number;
  /** Joins from one address to one session above which staff see the address flagged. */
  joinFlagLevel: number;
  /** Counted online ballots from one address in one round above which staff see the address flagged. */
  ballotFlagLevel: number;
  /** SMS codes that may be asked for from one network address per 10 minutes (a studio shares one Wi-Fi). */
  smsPer10MinutesPerAddress: number;
  /** Where SMS codes go: the log (development) or the Yunpian gateway. */
  sms: { gateway: 'log' } | { gateway: 'yunpian'; url: string; apiKey: string; signature: string };
  /** Folder of uploaded photos (clue photos, evidence). */
  uploadDir: string;
  /** Clues that may be submitted from one network address per 10 minutes (loose: shared Wi-Fi). */
  cluesPer10MinutesPerAddress: number;
  /** Hours after which staff can no longer undo a clue's rejection or merge; 0: never undoable. */
  clueUndoHours: number;
  /** Audience messages (网络互动): one per pass per this many seconds. */
  messageIntervalSeconds: number;
  /** Audience messages one pass may send in one session. */
  messagesPerSessionPerPass: number;
  /** Audience messages from one network address per minute (loose: a studio shares one Wi-Fi). */
  messagesPerMinutePerAddress: number;
  /** The Chromium that prints PDF reports (session reports). */
  chromiumPath: string;
  /** Who issues the printed reports and notices (落款), e.g. 云溪县人大常委会办公室. */
  reportIssuer: string;
  /** Addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For is believed; empty: none, the connection's peer is the client. */
  trustProxy: string[];
  /** The address people are shown to join (the screen's QR code), e.g. https://wenzheng.example.gov.cn; absent: the address the page was opened at. */
  publicUrl: string | undefined;
  /** CSP host sources (`https://live.example.cn`, `https://*.example.cn`) whose pages the audience page may frame as a session's live stream. */
  streamHosts: string[];
  /** Where the master keys come from (they wrap every key stored in the database); see secrets/key-ring.ts. */
  secretKey: KeySource;
  /** The algorithms personal data, keyed hashes, token hashes and the audit chain use: `standard` (AES-256-GCM, SHA-256) or `gm` (国密 SM4, SM3); see secrets/crypto-suite.ts. */
  cryptoSuite: CryptoSuiteName;
  /** Origins whose pages may open the GraphQL WebSocket besides the app's own and PUBLIC_URL (e.g. a separately hosted screen). */
  allowedOrigins: string[];
  /** Bearer token Prometheus sends to GET /metrics; absent: the endpoint is off. */
  metricsToken: string | undefined;
  /** What a staff password must have and how long it lasts (see modules/account/password-policy.ts). */
  passwordPolicy: PasswordPolicy;
  /** Minutes a staff sign-in may go unused before it ends (a live show keeps its consoles in use; see auth.service.ts). */
  idleTimeoutMinutes: number;
  /** Failed sign-ins in a row after which an account is locked until a security administrator unlocks it. */
  lockoutThreshold: number;
  /** Days audit entries are kept at least (等保: six months or more); see modules/audit/audit-retention.ts. */
  auditRetentionDays: number;
  /** Whether sealed entries older than the retention are removed; off by default: everything is kept. */
  auditPurge: boolean;
}

export interface PasswordPolicy {
  minLength: number;
  /** Of the four classes (lowercase, uppercase, digits, other characters), how many a password must use. */
  minClasses: number;
  /** How many earlier passwords (besides the current one) a new one may not repeat. */
  history: number;
  /** Days after which a password must be changed at the next sign-in; 0: never. */
  maxAgeDays: number;
}

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {}

/** Where the master keys come from: the environment, a file, or (the embedded demo only) a file generated beside its data. */
export type KeySource =
  | { kind: 'env'; text: string }
  | { kind: 'file'; path: string }
  | { kind: 'generated'; path: string }
  | { kind: 'ephemeral' };

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

/** 等保 2.0 asks for audit records to be kept at least six months: a shorter retention is refused, not rounded up. */
function auditRetentionDays(env: Env): number {
  const raw = env.AUDIT_RETENTION_DAYS;
  if (raw !== undefined && raw !== '' && Number.isInteger(Number(raw)) && Number(raw) < 180)
    throw new ConfigError(
      `AUDIT_RETENTION_DAYS is "${raw}"; audit records must be kept at least 180 days (six months, 等保 2.0), so set it to 180 or more.`,
    );
  return integer(env, 'AUDIT_RETENTION_DAYS', 180, 180, 36_500);
}

function cryptoSuiteName(env: Env): CryptoSuiteName {
  const value = (env.CRYPTO_SUITE ?? '').trim() || 'standard';
  if (!(cryptoSuiteNames as readonly string[]).includes(value))
    throw new ConfigError(
      `CRYPTO_SUITE is "${value}"; set it to standard (AES-256-GCM, SHA-256, HMAC-SHA256) or gm (国密: SM4, SM3, HMAC-SM3), or unset it for standard.`,
    );
  return value as CryptoSuiteName;
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

/** A comma-separated list of proxy addresses or CIDR ranges, each checked by proxy-addr (the parser Express itself uses). */
function proxyList(env: Env, name: string): string[] {
  const entries = (env[name] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    try {
      proxyaddr.compile(entry);
    } catch {
      throw new ConfigError(
        `${name} has "${entry}", which is not an IP address or CIDR range; list the addresses of your reverse proxies, comma-separated (like 10.0.0.5,10.0.1.0/24), or unset it.`,
      );
    }
  }
  return entries;
}

/**
 * An origin (scheme, host and port only: every page is served from the root), from `raw`; `what`
 * names what the setting is for, in the sentence that says how to fix it.
 */
function origin(raw: string | undefined, name: string, what: string): string | undefined {
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a URL; set it to ${what}, like https://wenzheng.example.gov.cn, or unset it.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ConfigError(`${name} must start with https: or http:; it starts with ${parsed.protocol}`);
  }
  if (parsed.username || parsed.password || parsed.pathname !== '/' || parsed.search || parsed.hash) {
    throw new ConfigError(
      `${name} is "${raw}"; give only the scheme, host and port of ${what}, like https://wenzheng.example.gov.cn (the app is served from the root).`,
    );
  }
  return parsed.origin;
}

function smsConfig(env: Env): Config['sms'] {
  const gateway = oneOf(env, 'SMS_GATEWAY', ['log', 'yunpian'] as const, 'log');
  if (gateway === 'log') return { gateway };
  const apiKey = env.SMS_API_KEY;
  if (!apiKey) throw new ConfigError('SMS_GATEWAY is yunpian; set SMS_API_KEY to the gateway account’s API key.');
  const signature = env.SMS_SIGNATURE ?? '';
  if (!/^【[^【】]{2,12}】$/.test(signature))
    throw new ConfigError('SMS_GATEWAY is yunpian; set SMS_SIGNATURE to the signature approved with the gateway, like 【云溪县人大】.');
  return {
    gateway,
    url: url(env, 'SMS_GATEWAY_URL', ['https:', 'http:']) ?? 'https://sms.yunpian.com/v2/sms/single_send.json',
    apiKey,
    signature,
  };
}

/** Demo and test data hold accounts with known or printed passwords: not in production unless asked for by name. */
function seedKind(env: Env, production: boolean): Config['seed'] {
  const seed = oneOf(env, 'SEED', ['demo', 'test', 'none'] as const, 'none');
  const allowed = oneOf(env, 'ALLOW_DEMO_SEED', ['true', 'false'] as const, 'false') === 'true';
  if (production && seed !== 'none' && !allowed) {
    throw new ConfigError(
      `SEED is "${seed}" while NODE_ENV is production, which would create ${seed === 'test' ? 'accounts whose password is published in the source code' : 'demo accounts and sample sessions'}; set SEED=none (an empty database then gets one admin account, its password written to INITIAL_PASSWORD_FILE), or set ALLOW_DEMO_SEED=true to load it anyway.`,
    );
  }
  return seed;
}

/**
 * Players of common platforms for live government webcasts: Bilibili, Youku and Tencent Video embeds,
 * and the 微赞 (vzan), 目睹 (mudu) and 保利威 (polyv) live platforms.
 */
export const DEFAULT_STREAM_HOSTS = [
  'https://player.bilibili.com',
  'https://player.youku.com',
  'https://v.qq.com',
  'https://*.vzan.com',
  'https://*.mudu.tv',
  'https://*.polyv.net',
  'https://*.polyv.cn',
];

/**
 * Hosts the page may frame as a stream, as CSP host sources: a host (`live.example.cn`), optionally
 * with `*.` for its subdomains and a port, always https (the web app frames https pages only).
 * Unset: DEFAULT_STREAM_HOSTS; `none`: no stream page is framed (media files still play).
 */
function streamHosts(env: Env, name: string): string[] {
  const raw = (env[name] ?? '').trim();
  if (!raw) return [...DEFAULT_STREAM_HOSTS];
  if (raw === 'none') return [];
  return raw
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      const match = /^(?:https:\/\/)?((?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?)\/?$/i.exec(entry);
      if (!match) {
        throw new ConfigError(
          `${name} has "${entry}"; list the hosts of the stream players the audience page may show, comma-separated, like https://live.example.cn,https://*.example.com (https only, no paths), or set it to none.`,
        );
      }
      return `https://${match[1]!.toLowerCase()}`;
    });
}

/**
 * The master keys live outside the database (a database dump or backup alone opens nothing). Only the
 * embedded database, outside production, makes its own, into a file beside its data folder.
 */
function keySource(env: Env, production: boolean, databaseUrl: string | undefined, dataDir: string): KeySource {
  if (env.SECRET_KEY && env.SECRET_KEY_FILE)
    throw new ConfigError(
      'SECRET_KEY and SECRET_KEY_FILE are both set; keep one (a file is better: environments show up in process listings and crash reports).',
    );
  if (env.SECRET_KEY) return { kind: 'env', text: env.SECRET_KEY };
  if (env.SECRET_KEY_FILE) return { kind: 'file', path: path.resolve(env.SECRET_KEY_FILE) };
  if (databaseUrl || production) {
    throw new ConfigError(
      `${databaseUrl ? 'DATABASE_URL is set' : 'NODE_ENV is production'}; set SECRET_KEY_FILE to a file holding the master key, kept apart from the database and its backups (make one with: pnpm -s --filter @wenzheng/server secrets:new-key > wenzheng.key).`,
    );
  }
  if (dataDir.startsWith('memory://')) return { kind: 'ephemeral' };
  return { kind: 'generated', path: path.join(path.dirname(dataDir), 'secret.key') };
}

/** A shared secret that callers send: long enough not to be guessed. */
function token(env: Env, name: string, what: string): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  if (!/^[\x21-\x7e]{24,}$/.test(raw))
    throw new ConfigError(
      `${name} must be at least 24 printable characters without spaces (${what}); make one with: openssl rand -hex 24, or unset it.`,
    );
  return raw;
}

/** Vote batches an instance's processes write to PostgreSQL at once, together, unless VOTE_BATCHES_AT_ONCE says otherwise. */
export const DEFAULT_VOTE_BATCHES_AT_ONCE = 4;

/** The only reader of the environment: fails with a sentence that says what to set. */
export function loadConfig(env: Env = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const dataDir = env.DATA_DIR || path.join(repoRoot, 'data', 'pglite');
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const redisUrl = url(env, 'REDIS_URL', ['redis:', 'rediss:']);
  const workers = integer(env, 'WORKERS', 1, 1, 64);
  const port = integer(env, 'PORT', 4000, 0, 65535);
  if (workers > 1 && !(databaseUrl && redisUrl)) {
    throw new ConfigError(
      `WORKERS is ${workers}; several worker processes share state through PostgreSQL and Redis, so set DATABASE_URL and REDIS_URL too (the embedded database lives inside one process).`,
    );
  }
  if (workers > 1 && port === 0)
    throw new ConfigError('WORKERS is more than 1 and PORT is 0; the workers share one port, so set PORT to a port number.');
  return {
    production,
    host: env.HOST || '127.0.0.1',
    port,
    workers,
    databaseUrl,
    dataDir: dataDir.startsWith('memory://') ? dataDir : path.resolve(dataDir),
    redisUrl,
    redisPrefix: env.REDIS_PREFIX || 'wz:',
    seed: seedKind(env, production),
    initialPasswordFile: path.resolve(env.INITIAL_PASSWORD_FILE || path.join(repoRoot, 'data', 'initial-admin-password.txt')),
    webDist: path.resolve(env.WEB_DIST || path.join(repoRoot, 'packages', 'web', 'dist')),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    secureCookies: oneOf(env, 'SECURE_COOKIES', ['true', 'false'] as const, production ? 'true' : 'false') === 'true',
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30),
    joinsPerMinutePerAddress: integer(env, 'JOINS_PER_MINUTE_PER_ADDRESS', 600, 1, 10_000_000),
    voteBatchesAtOnce: integer(env, 'VOTE_BATCHES_AT_ONCE', DEFAULT_VOTE_BATCHES_AT_ONCE, 1, 256),
    submitterNoticeSeconds: integer(env, 'SUBMITTER_NOTICE_SECONDS', 60, 1, 3600),
    passWindowMinutes: integer(env, 'PASS_WINDOW_MINUTES', 30, 0, 7 * 24 * 60),
    joinFlagLevel: integer(env, 'JOIN_FLAG_LEVEL', 200, 1, 10_000_000),
    ballotFlagLevel: integer(env, 'BALLOT_FLAG_LEVEL', 100, 1, 10_000_000),
    smsPer10MinutesPerAddress: integer(env, 'SMS_PER_10_MINUTES_PER_ADDRESS', 300, 1, 10_000_000),
    sms: smsConfig(env),
    uploadDir: path.resolve(env.UPLOAD_DIR || path.join(repoRoot, 'data', 'uploads')),
    cluesPer10MinutesPerAddress: integer(env, 'CLUES_PER_10_MINUTES_PER_ADDRESS', 60, 1, 1_000_000),
    clueUndoHours: integer(env, 'CLUE_UNDO_HOURS', 24, 0, 24 * 30),
    messageIntervalSeconds: integer(env, 'MESSAGE_INTERVAL_SECONDS', 15, 1, 3600),
    messagesPerSessionPerPass: integer(env, 'MESSAGES_PER_SESSION_PER_PASS', 10, 1, 10_000),
    messagesPerMinutePerAddress: integer(env, 'MESSAGES_PER_MINUTE_PER_ADDRESS', 30, 1, 10_000_000),
    chromiumPath: env.CHROMIUM_PATH || '/usr/bin/chromium',
    reportIssuer: (env.REPORT_ISSUER || '人大常委会办公室').slice(0, 60),
    trustProxy: proxyList(env, 'TRUST_PROXY'),
    publicUrl: origin(env.PUBLIC_URL, 'PUBLIC_URL', 'the address phones open'),
    streamHosts: streamHosts(env, 'STREAM_HOSTS'),
    secretKey: keySource(env, production, databaseUrl, dataDir.startsWith('memory://') ? dataDir : path.resolve(dataDir)),
    cryptoSuite: cryptoSuiteName(env),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => origin(entry, 'ALLOWED_ORIGINS', 'each page address that may open the API socket')!),
    metricsToken: token(env, 'METRICS_TOKEN', 'Prometheus sends it to /metrics'),
    passwordPolicy: {
      minLength: integer(env, 'PASSWORD_MIN_LENGTH', 10, 8, 100),
      minClasses: integer(env, 'PASSWORD_MIN_CLASSES', 3, 1, 4),
      history: integer(env, 'PASSWORD_HISTORY', 5, 0, 24),
      // Expiry would get in the way of the demo and the tests, whose passwords are published.
      maxAgeDays: integer(env, 'PASSWORD_MAX_AGE_DAYS', production ? 90 : 0, 0, 3650),
    },
    idleTimeoutMinutes: integer(env, 'IDLE_TIMEOUT_MINUTES', 30, 1, 24 * 60),
    lockoutThreshold: integer(env, 'LOCKOUT_THRESHOLD', 5, 1, 100),
    auditRetentionDays: auditRetentionDays(env),
    auditPurge: oneOf(env, 'AUDIT_PURGE', ['true', 'false'] as const, 'false') === 'true',
  };
}
