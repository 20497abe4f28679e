// Master key commands (see README "Keys"):
//   secrets:new-key [id]   prints a new key ring entry, for SECRET_KEY_FILE or SECRET_KEY
//   secrets:rotate         after putting a new key first in the key ring: re-wraps every data key
//                          under it and re-seals every phone number; the old key may then be removed
import { ConfigError, loadConfig } from '../config.js';
import { openDatabase } from '../db/orm.js';
import { loadKeyRing, newKeyEntry } from './key-ring.js';
import { rotateServerKeys } from './server-keys.js';

const [command, argument] = process.argv.slice(2);
try {
  if (command === 'new-key') {
    console.log(newKeyEntry(argument ?? `k${new Date().toISOString().slice(0, 10).replaceAll('-', '')}`));
  } else if (command === 'rotate') {
    const config = loadConfig();
    const ring = loadKeyRing(config.secretKey);
    const { orm, prepared: result } = await openDatabase(config, undefined, (em) => rotateServerKeys(em, ring));
    await orm.close();
    console.log(
      `Every data key (${result.rewrapped}) is now wrapped by master key "${result.masterKey}"; ${result.resealed} phone numbers were sealed again under the new key ${result.sealKey}.`,
    );
    if (ring.length > 1)
      console.log(
        `Remove the older master keys (${ring
          .slice(1)
          .map((k) => k.id)
          .join(', ')}) from the key ring, and restart every server instance.`,
      );
  } else {
    console.error('Usage: secrets:new-key [id] | secrets:rotate');
    process.exitCode = 64;
  }
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Configuration problem: ${error.message}`);
  process.exitCode = 78;
}
