import { Migration } from '@mikro-orm/migrations';

// The 12345 exchange (issue 19): a clue keeps the hotline's 受理时间 as its own field; its creation
// time is when it was imported (earlier imports kept 受理时间 as their creation time: copied over).
export class Migration20261202610100_hotline_received_at extends Migration {
  override name = 'Migration20261202610100_hotline_received_at';

  override up(): void | Promise<void> {
    this.addSql(`alter table "clue" add "hotline_received_at" timestamptz null;`);
    // Clues imported before kept the 受理时间 as their creation time.
    this.addSql(`update "clue" set "hotline_received_at" = "created_at" where "hotline_order_no" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "clue" drop column "hotline_received_at";`);
  }
}
