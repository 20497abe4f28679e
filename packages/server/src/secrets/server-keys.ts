import { randomBytes } from 'node:crypto';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { ConfigError } from '../config.js';
import type { Logger } from '../logger.js';
import { openLegacySealed, PhoneSeal } from '../modules/clue/phone.js';
import { type MasterKey, unwrapKey, wrapKey } from './key-ring.js';

/** The keys the server works with, unwrapped in memory only. */
export interface ServerKeys {
  /** Signs audience passes and public device tokens. */
  pass: Buffer;
  /**
   * Keyed hashes of mobile numbers (the PHONE_CODE and ROSTER tiers' voters and rosters). It is never
   * replaced, only re-wrapped: a new one would make every number a new voter.
   */
  phoneHash: Buffer;
  /** Seals the phone numbers clues keep. */
  seal: PhoneSeal;
}

const PASS = 'pass-key';
const PHONE_HASH = 'phone-key';
const SEAL = /^seal-(\d+)$/;
/** Rows of the time before master keys: stored in the clear, beside the data. */
const LEGACY_SEAL = 'phone-seal';

export interface Row {
  name: string;
  value: string;
  master_key_id: string | null;
}

/**
 * Reads the data keys from `server_secret`, where they are stored wrapped by a master key from outside
 * the database; makes the missing ones. Keys stored in the clear by earlier versions are dealt with
 * once: the phone-hash key is wrapped in place; the old seal key opens every sealed number, which is
 * sealed again under a new key, and is then deleted with the old pass key (passes issued before are void).
 */
export async function loadServerKeys(em: EntityManager, ring: MasterKey[], logger?: Logger): Promise<ServerKeys> {
  const current = ring[0]!;
  return em.transactional(async (tx) => {
    const rows = await lockedRows(tx);
    const legacy = new Map(rows.filter((r) => r.master_key_id === null).map((r) => [r.name, Buffer.from(r.value, 'base64url')]));
    const keys = unwrapAll(
      rows.filter((r) => r.master_key_id !== null),
      ring,
    );
    const store = async (name: string, key: Buffer) => {
      await tx.execute('delete from server_secret where name = ?', [name]);
      await tx.execute('insert into server_secret (name, value, master_key_id, created_at) values (?, ?, ?, now())', [
        name,
        wrapKey(current, name, key),
        current.id,
      ]);
      keys.set(name, key);
    };
    if (!keys.has(PHONE_HASH)) await store(PHONE_HASH, legacy.get(PHONE_HASH) ?? randomBytes(32));
    if (!keys.has(PASS)) await store(PASS, randomBytes(32));
    if (![...keys.keys()].some((name) => SEAL.test(name))) await store('seal-1', randomBytes(32));

    const seal = sealFrom(keys);
    const legacySeal = legacy.get(LEGACY_SEAL);
    if (legacySeal) {
      const resealed = await resealPhones(tx, seal, (sealed) => (sealed.startsWith('v1.') ? openLegacySealed(legacySeal, sealed) : null));
      logger?.info({ resealed }, 'phone numbers sealed under a database key were sealed again under a key wrapped by the master key');
    }
    if (legacy.size > 0) await tx.execute('delete from server_secret where master_key_id is null');
    return { pass: keys.get(PASS)!, phoneHash: keys.get(PHONE_HASH)!, seal };
  });
}

/**
 * Rotation, after a new master key was put first in the key file (the old one after it): every data
 * key is wrapped again under the new master key, a new seal key is made, and every sealed number is
 * sealed again under it. The old master key may then be removed from the key file. Earlier seal keys
 * stay (wrapped under the new key): an instance still running with one may seal with it until restarted.
 */
export async function rotateServerKeys(
  em: EntityManager,
  ring: MasterKey[],
): Promise<{ masterKey: string; rewrapped: number; sealKey: string; resealed: number }> {
  const current = ring[0]!;
  return em.transactional(async (tx) => {
    const rows = await lockedRows(tx);
    if (rows.some((r) => r.master_key_id === null))
      throw new ConfigError(
        'Start the server once with this version before rotating: the database still holds keys from before master keys.',
      );
    const keys = unwrapAll(rows, ring);
    const next = Math.max(0, ...[...keys.keys()].map((name) => Number(SEAL.exec(name)?.[1] ?? 0))) + 1;
    const sealKey = `seal-${next}`;
    keys.set(sealKey, randomBytes(32));
    await tx.execute('delete from server_secret');
    for (const [name, key] of keys) {
      await tx.execute('insert into server_secret (name, value, master_key_id, created_at) values (?, ?, ?, now())', [
        name,
        wrapKey(current, name, key),
        current.id,
      ]);
    }
    const seal = sealFrom(keys);
    const resealed = await resealPhones(tx, seal, (sealed) => (seal.isCurrent(sealed) ? null : seal.open(sealed)));
    return { masterKey: current.id, rewrapped: keys.size, sealKey, resealed };
  });
}

export async function lockedRows(tx: EntityManager): Promise<Row[]> {
  return tx.execute<Row[]>('select name, value, master_key_id from server_secret order by name for update');
}

export function unwrapAll(rows: Row[], ring: MasterKey[]): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const row of rows) {
    const master = ring.find((k) => k.id === row.master_key_id);
    if (!master)
      throw new ConfigError(
        `The database's keys are wrapped by master key "${row.master_key_id}", which the key ring does not hold; put that key back in SECRET_KEY_FILE (after a rotation, keep the old key until secrets:rotate has finished).`,
      );
    try {
      keys.set(row.name, unwrapKey(master, row.name, row.value));
    } catch {
      throw new ConfigError(
        `Master key "${master.id}" does not open the database's key "${row.name}": the key file holds another key under that id. Restore the right key file.`,
      );
    }
  }
  return keys;
}

export function sealFrom(keys: Map<string, Buffer>): PhoneSeal {
  const seals = new Map([...keys].filter(([name]) => SEAL.test(name)));
  const current = [...seals.keys()].sort((a, b) => Number(SEAL.exec(b)![1]) - Number(SEAL.exec(a)![1]))[0]!;
  return new PhoneSeal(seals, current);
}

/** Seals again every clue's number that `open` opens (null: leave it), in batches of one statement each. */
async function resealPhones(tx: EntityManager, seal: PhoneSeal, open: (sealed: string) => string | null): Promise<number> {
  const rows = await tx.execute<{ id: string; phone_sealed: string }[]>('select id, phone_sealed from clue where phone_sealed is not null');
  const changes = rows.flatMap((row) => {
    const phone = open(row.phone_sealed);
    return phone === null ? [] : [[row.id, seal.seal(phone)] as const];
  });
  for (let i = 0; i < changes.length; i += 500) {
    const batch = changes.slice(i, i + 500);
    await tx.execute(
      `update clue set phone_sealed = v.sealed from (values ${batch.map(() => '(?::uuid, ?)').join(', ')}) as v(id, sealed) where clue.id = v.id`,
      batch.flat(),
    );
  }
  return changes.length;
}
