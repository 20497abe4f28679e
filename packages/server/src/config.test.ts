import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('runs on the embedded database with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: undefined,
      redisUrl: undefined,
      port: 4000,
      host: '127.0.0.1',
      seed: 'none',
      production: false,
      secureCookies: false,
      trustProxy: [],
      publicUrl: undefined,
    });
    expect(path.isAbsolute(config.dataDir)).toBe(true);
  });

  it('uses PostgreSQL and Redis when their URLs are set', () => {
    const key = { SECRET_KEY_FILE: '/etc/wenzheng/master.key' };
    const config = loadConfig({ ...key, DATABASE_URL: 'postgres://postgres@db:5432/wenzheng', REDIS_URL: 'redis://cache:6379' });
    expect(config.databaseUrl).toBe('postgres://postgres@db:5432/wenzheng');
    expect(config.redisUrl).toBe('redis://cache:6379');
    expect(config.workers).toBe(1);
    expect(
      loadConfig({ ...key, DATABASE_URL: 'postgres://postgres@db:5432/wenzheng', REDIS_URL: 'redis://cache:6379', WORKERS: '2' }).workers,
    ).toBe(2);
  });

  it('writes 4 vote batches at once to PostgreSQL, over all the workers, unless VOTE_BATCHES_AT_ONCE says otherwise', () => {
    expect(loadConfig({}).voteBatchesAtOnce).toBe(4);
    expect(loadConfig({ VOTE_BATCHES_AT_ONCE: '16' }).voteBatchesAtOnce).toBe(16);
    expect(() => loadConfig({ VOTE_BATCHES_AT_ONCE: '0' })).toThrow(/VOTE_BATCHES_AT_ONCE/);
  });

  it('writes SMS codes to the log unless a gateway is configured, and then needs its key and signature', () => {
    expect(loadConfig({}).sms).toEqual({ gateway: 'log' });
    expect(loadConfig({ SMS_GATEWAY: 'yunpian', SMS_API_KEY: 'k', SMS_SIGNATURE: '【云溪县人大】' }).sms).toEqual({
      gateway: 'yunpian',
      url: 'https://sms.yunpian.com/v2/sms/single_send.json',
      apiKey: 'k',
      signature: '【云溪县人大】',
    });
    expect(() => loadConfig({ SMS_GATEWAY: 'yunpian', SMS_SIGNATURE: '【云溪县人大】' })).toThrow(/SMS_API_KEY/);
    expect(() => loadConfig({ SMS_GATEWAY: 'yunpian', SMS_API_KEY: 'k', SMS_SIGNATURE: '云溪县人大' })).toThrow(
      /SMS_SIGNATURE.*【云溪县人大】/,
    );
    expect(() => loadConfig({ SMS_GATEWAY: 'aliyun' })).toThrow(/SMS_GATEWAY.*log, yunpian/);
  });

  it('opens passes 30 minutes before a show unless told otherwise, and flags volume at set levels', () => {
    expect(loadConfig({})).toMatchObject({ passWindowMinutes: 30, joinFlagLevel: 200, ballotFlagLevel: 100 });
    expect(() => loadConfig({ PASS_WINDOW_MINUTES: '-1' })).toThrow(/PASS_WINDOW_MINUTES/);
  });

  it('protects data with the standard crypto suite unless CRYPTO_SUITE=gm asks for SM4 and SM3', () => {
    expect(loadConfig({}).cryptoSuite).toBe('standard');
    expect(loadConfig({ CRYPTO_SUITE: 'standard' }).cryptoSuite).toBe('standard');
    expect(loadConfig({ CRYPTO_SUITE: 'gm' }).cryptoSuite).toBe('gm');
    expect(() => loadConfig({ CRYPTO_SUITE: 'sm4' })).toThrow(ConfigError);
    expect(() => loadConfig({ CRYPTO_SUITE: 'GM ' })).toThrow(
      'CRYPTO_SUITE is "GM"; set it to standard (AES-256-GCM, SHA-256, HMAC-SHA256) or gm (国密: SM4, SM3, HMAC-SM3), or unset it for standard.',
    );
  });

  it('sets secure cookies in production unless told otherwise', () => {
    const production = { NODE_ENV: 'production', SECRET_KEY_FILE: '/etc/wenzheng/master.key' };
    expect(loadConfig(production).secureCookies).toBe(true);
    expect(loadConfig({ ...production, SECURE_COOKIES: 'false' }).secureCookies).toBe(false);
  });

  it('refuses demo and test data in production unless ALLOW_DEMO_SEED=true asks for it', () => {
    const production = { NODE_ENV: 'production', SECRET_KEY_FILE: '/etc/wenzheng/master.key' };
    expect(loadConfig(production).seed).toBe('none');
    for (const seed of ['demo', 'test']) {
      expect(() => loadConfig({ ...production, SEED: seed })).toThrow(ConfigError);
      expect(() => loadConfig({ ...production, SEED: seed })).toThrow(
        new RegExp(
          `^SEED is "${seed}" while NODE_ENV is production, .*; set SEED=none \\(.*INITIAL_PASSWORD_FILE\\), or set ALLOW_DEMO_SEED=true to load it anyway\\.$`,
        ),
      );
      expect(loadConfig({ ...production, SEED: seed, ALLOW_DEMO_SEED: 'true' }).seed).toBe(seed);
      expect(loadConfig({ SEED: seed }).seed).toBe(seed); // outside production, as before
    }
    expect(() => loadConfig({ ...production, SEED: 'demo', ALLOW_DEMO_SEED: 'yes' })).toThrow(
      /ALLOW_DEMO_SEED is "yes"; set it to one of: true, false/,
    );
  });

  it('keeps initial passwords in data/initial-admin-password.txt unless INITIAL_PASSWORD_FILE says where', () => {
    expect(loadConfig({}).initialPasswordFile).toMatch(/[/\\]data[/\\]initial-admin-password\.txt$/);
    expect(loadConfig({ INITIAL_PASSWORD_FILE: 'secrets/first.txt' }).initialPasswordFile).toBe(path.resolve('secrets/first.txt'));
  });

  it('trusts X-Forwarded-For only from the listed proxies, addresses or CIDR ranges', () => {
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.0.1.0/24,,fd00::/8' }).trustProxy).toEqual(['10.0.0.5', '10.0.1.0/24', 'fd00::/8']);
    expect(loadConfig({ TRUST_PROXY: '' }).trustProxy).toEqual([]);
  });

  it('keeps the public address and the allowed origins as origins, without a trailing slash', () => {
    expect(loadConfig({ ALLOWED_ORIGINS: 'https://Screen.Example.gov.cn/, http://10.0.0.9:8080' }).allowedOrigins).toEqual([
      'https://screen.example.gov.cn',
      'http://10.0.0.9:8080',
    ]);
    expect(loadConfig({ PUBLIC_URL: 'https://Wenzheng.Example.gov.cn/' }).publicUrl).toBe('https://wenzheng.example.gov.cn');
    expect(loadConfig({ PUBLIC_URL: 'http://192.168.1.20:4000' }).publicUrl).toBe('http://192.168.1.20:4000');
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT is "eighty"; set it to a whole number from 0 to 65535/],
    [{ DATABASE_URL: 'mysql://db/x' }, /DATABASE_URL must start with postgres: or postgresql:/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a URL/],
    [{ SEED: 'lots' }, /SEED is "lots"; set it to one of: demo, test, none/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL is "loud"/],
    [{ WORKERS: '0' }, /WORKERS is "0"; set it to a whole number from 1 to 64/],
    [{ WORKERS: '2', DATABASE_URL: 'postgres://db/x' }, /WORKERS is 2; .* set DATABASE_URL and REDIS_URL too/],
    [
      { WORKERS: '2', DATABASE_URL: 'postgres://db/x', REDIS_URL: 'redis://cache:6379', PORT: '0' },
      /the workers share one port, so set PORT/,
    ],
    [
      { TRUST_PROXY: '10.0.0.5,proxy.lan' },
      /TRUST_PROXY has "proxy.lan", which is not an IP address or CIDR range; list the addresses of your reverse proxies/,
    ],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY has "10.0.0.0\/33"/],
    [
      { PUBLIC_URL: 'wenzheng.example.gov.cn' },
      /PUBLIC_URL is not a URL; set it to the address phones open, like https:\/\/wenzheng.example.gov.cn/,
    ],
    [{ PUBLIC_URL: 'ftp://wenzheng.example.gov.cn' }, /PUBLIC_URL must start with https: or http:/],
    [
      { PUBLIC_URL: 'https://example.gov.cn/wenzheng' },
      /PUBLIC_URL is "https:\/\/example.gov.cn\/wenzheng"; give only the scheme, host and port/,
    ],
    [
      { ALLOWED_ORIGINS: 'https://screen.example.gov.cn, screen2' },
      /ALLOWED_ORIGINS is not a URL; set it to each page address that may open the API socket/,
    ],
    [
      { ALLOWED_ORIGINS: 'https://screen.example.gov.cn/live' },
      /ALLOWED_ORIGINS is "https:\/\/screen.example.gov.cn\/live"; give only the scheme, host and port of each page address/,
    ],
  ])('fails with a sentence that says what to set for %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
