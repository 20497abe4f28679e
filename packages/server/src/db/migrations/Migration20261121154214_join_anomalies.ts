import { Migration } from '@mikro-orm/migrations';

export class Migration20261121154214_join_anomalies extends Migration {

  override name = 'Migration20261121154214_join_anomalies';

  override up(): void | Promise<void> {
    this.addSql(`create table "join_anomaly" ("id" bigserial primary key, "address" varchar(64) not null, "session_id" uuid not null, "window_start" timestamptz not null, "refused_joins" int not null, "first_refused_at" timestamptz not null, "last_refused_at" timestamptz not null);`);
    this.addSql(`create index "join_anomaly_session_id_index" on "join_anomaly" ("session_id");`);
    this.addSql(`create index "join_anomaly_last_refused_at_index" on "join_anomaly" ("last_refused_at");`);
    this.addSql(`alter table "join_anomaly" add constraint "join_anomaly_address_session_id_window_start_unique" unique ("address", "session_id", "window_start");`);

    this.addSql(`alter table "join_anomaly" add constraint "join_anomaly_session_id_foreign" foreign key ("session_id") references "session" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "join_anomaly" cascade;`);
  }

}
