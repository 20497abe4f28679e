import { Migration } from '@mikro-orm/migrations';

export class Migration20261121154040_clues extends Migration {

  override name = 'Migration20261121154040_clues';

  override up(): void | Promise<void> {
    this.addSql(`create table "clue_support" ("clue_id" uuid not null, "device_key" varchar(60) not null, "created_at" timestamptz not null, primary key ("clue_id", "device_key"));`);

    this.addSql(`create table "clue_photo" ("id" uuid not null, "clue_id" uuid null, "position" int not null default 0, "uploader_key" varchar(60) not null, "content_type" varchar(40) not null, "byte_size" int not null, "width" int not null, "height" int not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "clue_photo_clue_id_index" on "clue_photo" ("clue_id");`);

    this.addSql(`alter table "session" add "clue_call_opens_at" timestamptz null, add "clue_call_closes_at" timestamptz null;`);

    this.addSql(`alter table "clue" add "latitude" double precision null, add "longitude" double precision null, add "phone_sealed" text null, add "merged_into_id" uuid null, add "department_id" uuid null, add "reject_reason" text null, add "reject_note" varchar(500) null, add "public_reply" text null, add "replied_at" timestamptz null, add "support_count" int not null default 0, add "updated_at" timestamptz not null default now();`);
    this.addSql(`alter table "clue" add constraint "clue_merged_into_id_foreign" foreign key ("merged_into_id") references "clue" ("id") on delete set null;`);
    this.addSql(`alter table "clue" add constraint "clue_department_id_foreign" foreign key ("department_id") references "department" ("id") on delete set null;`);
    this.addSql(`alter table "clue" alter column "category" type text using ("category"::text);`);
    // Clues stored before categories had codes carried their Chinese names.
    this.addSql(`update "clue" set "category" = case "category" when '物业服务' then 'PROPERTY_SERVICE' when '维修资金' then 'MAINTENANCE_FUND' when '违章建筑' then 'ILLEGAL_BUILDING' when '收费公示' then 'FEES' when '消防安全' then 'FIRE_SAFETY' when '停车管理' then 'PARKING' when '环境卫生' then 'SANITATION' when '设施维修' then 'FACILITIES' else 'OTHER' end where "category" !~ '^[A-Z_]+$';`);
    this.addSql(`alter table "clue" alter column "updated_at" drop default;`);
    this.addSql(`alter table "clue" rename column "submitter_phone" to "phone_masked";`);
    // Numbers stored in the clear before sealing existed are masked; SQL cannot seal them (the key is the server's).
    this.addSql(`update "clue" set "phone_masked" = left("phone_masked", 3) || '****' || right("phone_masked", 4) where "phone_masked" !~ '\\*';`);
    this.addSql(`create index "clue_created_at_index" on "clue" ("created_at");`);
    this.addSql(`alter table "clue" add constraint "clue_category_check" check ("category" in ('PROPERTY_SERVICE', 'MAINTENANCE_FUND', 'ILLEGAL_BUILDING', 'FEES', 'FIRE_SAFETY', 'PARKING', 'SANITATION', 'FACILITIES', 'TRANSPORT', 'EDUCATION', 'HEALTH', 'SOCIAL_SECURITY', 'MARKET', 'OTHER'));`);
    this.addSql(`alter table "clue" add constraint "clue_reject_reason_check" check ("reject_reason" in ('OUT_OF_SCOPE', 'INSUFFICIENT_INFORMATION', 'ALREADY_RESOLVED', 'NOT_GOVERNMENT_DUTY', 'IN_LEGAL_PROCEEDINGS', 'INAPPROPRIATE', 'OTHER'));`);

    this.addSql(`alter table "clue_support" add constraint "clue_support_clue_id_foreign" foreign key ("clue_id") references "clue" ("id") on delete cascade;`);

    this.addSql(`alter table "clue_photo" add constraint "clue_photo_clue_id_foreign" foreign key ("clue_id") references "clue" ("id") on delete cascade;`);

    // Substring search and duplicate suggestions over Chinese text: trigram indexes (pg_trgm is a trusted extension).
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create index "clue_title_trgm" on "clue" using gin ("title" gin_trgm_ops);`);
    this.addSql(`create index "clue_description_trgm" on "clue" using gin ("description" gin_trgm_ops);`);
    this.addSql(`create index "clue_location_trgm" on "clue" using gin ("location" gin_trgm_ops);`);
    // A clue's public timeline is read from the audit log by subject.
    this.addSql(`create index "audit_entry_subject_index" on "audit_entry" ("subject_type", "subject_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "audit_entry_subject_index";`);
    this.addSql(`drop index "clue_title_trgm";`);
    this.addSql(`drop index "clue_description_trgm";`);
    this.addSql(`drop index "clue_location_trgm";`);
    this.addSql(`drop table if exists "clue_support" cascade;`);
    this.addSql(`drop table if exists "clue_photo" cascade;`);

    this.addSql(`alter table "clue" drop constraint "clue_merged_into_id_foreign";`);
    this.addSql(`alter table "clue" drop constraint "clue_department_id_foreign";`);

    this.addSql(`drop index "clue_created_at_index";`);
    this.addSql(`alter table "clue" drop constraint "clue_category_check";`);
    this.addSql(`alter table "clue" drop constraint "clue_reject_reason_check";`);
    this.addSql(`alter table "clue" drop column "latitude", drop column "longitude", drop column "phone_sealed", drop column "merged_into_id", drop column "department_id", drop column "reject_reason", drop column "reject_note", drop column "public_reply", drop column "replied_at", drop column "support_count", drop column "updated_at";`);
    this.addSql(`alter table "clue" alter column "category" type varchar(30) using ("category"::varchar(30));`);
    this.addSql(`alter table "clue" rename column "phone_masked" to "submitter_phone";`);

    this.addSql(`alter table "session" drop column "clue_call_opens_at", drop column "clue_call_closes_at";`);
  }

}
