import { Migration } from '@mikro-orm/migrations';

// The 12345 exchange (issue 19): a clue remembers the hotline work order it was imported from, one
// clue per order number, so a file imported twice is refused row by row (items reach it through their clue).
export class Migration20261202540000_hotline_exchange extends Migration {
  override name = 'Migration20261202540000_hotline_exchange';

  override up(): void | Promise<void> {
    this.addSql(`alter table "clue" add "hotline_order_no" varchar(40) null;`);
    this.addSql(`alter table "clue" add constraint "clue_hotline_order_no_unique" unique ("hotline_order_no");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "clue" drop constraint "clue_hotline_order_no_unique";`);
    this.addSql(`alter table "clue" drop column "hotline_order_no";`);
  }
}
