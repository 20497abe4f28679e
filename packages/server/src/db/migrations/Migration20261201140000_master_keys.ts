import { Migration } from '@mikro-orm/migrations';

export class Migration20261201140000_master_keys extends Migration {

  override name = 'Migration20261201140000_master_keys';

  // Rows without a master key id are the keys earlier versions kept in the clear; the server wraps
  // or replaces them on its next start (secrets/server-keys.ts), re-sealing phone numbers.
  override up(): void | Promise<void> {
    this.addSql(`alter table "server_secret" add column "master_key_id" varchar(40) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "server_secret" drop column "master_key_id";`);
  }

}
