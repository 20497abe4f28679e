import { Migration } from '@mikro-orm/migrations';

// 情况通报 as a numbered document (issue 19): a fourth document kind with its own 文号 series per
// year, and its 文号 prefix in the follow-up settings.
export class Migration20261202610000_notice_documents extends Migration {
  override name = 'Migration20261202610000_notice_documents';

  override up(): void | Promise<void> {
    this.addSql(`alter table "follow_up_document" drop constraint if exists "follow_up_document_kind_check";`);
    this.addSql(
      `alter table "follow_up_document" add constraint "follow_up_document_kind_check" check ("kind" in ('ASSIGN', 'SUPERVISE', 'URGE', 'NOTICE'));`,
    );
    this.addSql(`alter table "follow_up_document_counter" drop constraint if exists "follow_up_document_counter_kind_check";`);
    this.addSql(
      `alter table "follow_up_document_counter" add constraint "follow_up_document_counter_kind_check" check ("kind" in ('ASSIGN', 'SUPERVISE', 'URGE', 'NOTICE'));`,
    );
    this.addSql(`alter table "follow_up_settings" add "notice_prefix" varchar(20) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "follow_up_document" where "kind" = 'NOTICE';`);
    this.addSql(`delete from "follow_up_document_counter" where "kind" = 'NOTICE';`);
    this.addSql(`alter table "follow_up_document" drop constraint if exists "follow_up_document_kind_check";`);
    this.addSql(
      `alter table "follow_up_document" add constraint "follow_up_document_kind_check" check ("kind" in ('ASSIGN', 'SUPERVISE', 'URGE'));`,
    );
    this.addSql(`alter table "follow_up_document_counter" drop constraint if exists "follow_up_document_counter_kind_check";`);
    this.addSql(
      `alter table "follow_up_document_counter" add constraint "follow_up_document_counter_kind_check" check ("kind" in ('ASSIGN', 'SUPERVISE', 'URGE'));`,
    );
    this.addSql(`alter table "follow_up_settings" drop column "notice_prefix";`);
  }
}
