import { Migration } from '@mikro-orm/migrations';

// Undoing a clue's rejection or merge (issue 19): when each clue was decided, and which supports a
// merge copied. Clues decided earlier count as decided when last changed; earlier merges did not mark
// their copies, so they stay without a decision time and cannot be undone.
export class Migration20261202400000_clue_undo extends Migration {
  override name = 'Migration20261202400000_clue_undo';

  override up(): void | Promise<void> {
    this.addSql(`alter table "clue" add "decided_at" timestamptz null;`);
    this.addSql(`update "clue" set "decided_at" = "updated_at" where "status" in ('ACCEPTED', 'REJECTED', 'REFERRED');`);

    this.addSql(`alter table "clue_support" add "merged_from_id" uuid null;`);
    this.addSql(
      `alter table "clue_support" add constraint "clue_support_merged_from_id_foreign" foreign key ("merged_from_id") references "clue" ("id") on delete set null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "clue_support" drop constraint "clue_support_merged_from_id_foreign";`);
    this.addSql(`alter table "clue_support" drop column "merged_from_id";`);
    this.addSql(`alter table "clue" drop column "decided_at";`);
  }
}
