import { Migration } from '@mikro-orm/migrations';

// Clue categories become data staff keep (issue 17): the fourteen codes of the former enum, with the
// names the server's export and the web app gave them, then four areas the congress also hears about.
const categories: [code: string, name: string, nameEn: string][] = [
  ['PROPERTY_SERVICE', '物业服务', 'Property services'],
  ['MAINTENANCE_FUND', '维修资金', 'Maintenance fund'],
  ['ILLEGAL_BUILDING', '违章建筑', 'Illegal building'],
  ['FEES', '收费公示', 'Fees and disclosure'],
  ['FIRE_SAFETY', '消防安全', 'Fire safety'],
  ['PARKING', '停车管理', 'Parking'],
  ['SANITATION', '环境卫生', 'Sanitation'],
  ['FACILITIES', '设施维修', 'Facilities repair'],
  ['TRANSPORT', '交通出行', 'Transport'],
  ['EDUCATION', '教育', 'Education'],
  ['HEALTH', '医疗卫生', 'Health'],
  ['SOCIAL_SECURITY', '社会保障', 'Social security'],
  ['MARKET', '市场监管', 'Market regulation'],
  ['EMPLOYMENT', '就业创业', 'Employment and business start-ups'],
  ['WORK_SAFETY', '安全生产', 'Work safety'],
  ['FOOD_DRUG', '食品药品', 'Food and drugs'],
  ['ADMIN_JUSTICE', '行政司法', 'Administration and justice'],
  ['OTHER', '其他', 'Other'],
];
/** The former enum's values, in its check constraint. */
const enumCodes = `'PROPERTY_SERVICE', 'MAINTENANCE_FUND', 'ILLEGAL_BUILDING', 'FEES', 'FIRE_SAFETY', 'PARKING', 'SANITATION', 'FACILITIES', 'TRANSPORT', 'EDUCATION', 'HEALTH', 'SOCIAL_SECURITY', 'MARKET', 'OTHER'`;

export class Migration20261201200000_clue_categories extends Migration {

  override name = 'Migration20261201200000_clue_categories';

  override up(): void | Promise<void> {
    this.addSql(`create table "clue_category" ("code" varchar(40) not null, "name" varchar(20) not null, "name_en" varchar(40) not null, "position" int not null, "active" boolean not null default true, "created_at" timestamptz not null, primary key ("code"));`);
    // "其他" stays last, as it was.
    const rows = categories.map(([code, name, nameEn], index) => `('${code}', '${name}', '${nameEn}', ${index + 1}, true, now())`);
    this.addSql(`insert into "clue_category" ("code", "name", "name_en", "position", "active", "created_at") values ${rows.join(', ')};`);

    this.addSql(`alter table "clue" drop constraint if exists "clue_category_check";`);
    this.addSql(`alter table "clue" alter column "category" type varchar(40) using ("category"::varchar(40));`);
    this.addSql(`alter table "clue" add constraint "clue_category_foreign" foreign key ("category") references "clue_category" ("code") on delete restrict;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "clue" drop constraint "clue_category_foreign";`);
    // Categories added since have no place in the former enum: their clues fall back to OTHER.
    this.addSql(`update "clue" set "category" = 'OTHER' where "category" not in (${enumCodes});`);
    this.addSql(`alter table "clue" alter column "category" type text using ("category"::text);`);
    this.addSql(`alter table "clue" add constraint "clue_category_check" check ("category" in (${enumCodes}));`);
    this.addSql(`drop table if exists "clue_category" cascade;`);
  }

}
