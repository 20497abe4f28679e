import { Migration } from '@mikro-orm/migrations';

// Issue 19's documents: 交办函, 督办函 and 催办函 as issued (their 文号 and printed text), a counter
// per kind and year that gives the 文号 sequence, and each kind's 文号 prefix in the follow-up settings.
export class Migration20261202550000_follow_up_documents extends Migration {
  override name = 'Migration20261202550000_follow_up_documents';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "follow_up_document" ("id" uuid not null, "follow_up_id" uuid not null, "event_id" bigint not null, "kind" text not null, "year" int not null, "sequence" int not null, "number" varchar(60) not null, "issued_on" varchar(10) not null, "issuer" varchar(60) not null, "recipient" varchar(100) not null, "copy_to" varchar(500) null, "item_title" varchar(200) not null, "commitment" text not null, "deadline" timestamptz not null, "handling_round" int not null, "reason" text null, "requirements" text not null, "issued_by_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "follow_up_document_follow_up_id_index" on "follow_up_document" ("follow_up_id");`);
    this.addSql(
      `alter table "follow_up_document" add constraint "follow_up_document_kind_year_sequence_unique" unique ("kind", "year", "sequence");`,
    );
    this.addSql(
      `alter table "follow_up_document" add constraint "follow_up_document_follow_up_id_foreign" foreign key ("follow_up_id") references "follow_up" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "follow_up_document" add constraint "follow_up_document_event_id_foreign" foreign key ("event_id") references "follow_up_event" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "follow_up_document" add constraint "follow_up_document_kind_check" check ("kind" in ('ASSIGN', 'SUPERVISE', 'URGE'));`,
    );

    this.addSql(`create table "follow_up_document_counter" ("kind" text not null, "year" int not null, "last" int not null, primary key ("kind", "year"));`);
    this.addSql(
      `alter table "follow_up_document_counter" add constraint "follow_up_document_counter_kind_check" check ("kind" in ('ASSIGN', 'SUPERVISE', 'URGE'));`,
    );

    this.addSql(
      `alter table "follow_up_settings" add "assign_prefix" varchar(20) null, add "supervise_prefix" varchar(20) null, add "urge_prefix" varchar(20) null, add "document_issuer" varchar(60) null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "follow_up_document" cascade;`);
    this.addSql(`drop table if exists "follow_up_document_counter" cascade;`);
    this.addSql(`alter table "follow_up_settings" drop column "assign_prefix", drop column "supervise_prefix", drop column "urge_prefix", drop column "document_issuer";`);
  }
}
