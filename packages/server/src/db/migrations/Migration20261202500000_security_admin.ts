import { Migration } from '@mikro-orm/migrations';

// 等保 separation of duties (issue 21): the SECURITY_ADMIN role, and the audit chain's anchor, which
// lets the retention purge remove sealed entries before it while the rest of the chain stays checkable.
export class Migration20261202500000_security_admin extends Migration {

  override name = 'Migration20261202500000_security_admin';

  override up(): void | Promise<void> {
    this.addSql(`alter table "account" drop constraint "account_role_check";`);
    this.addSql(`alter table "account" add constraint "account_role_check" check ("role" in ('ADMIN', 'HOST', 'DEPARTMENT', 'REPRESENTATIVE', 'MODERATOR', 'SECURITY_ADMIN'));`);

    this.addSql(`create table "audit_chain_anchor" ("id" serial primary key, "seq" bigint not null, "prev_hash" varchar(64) not null);`);
    this.addSql(`insert into "audit_chain_anchor" ("id", "seq", "prev_hash") values (1, 1, '');`);
    this.addSql(`create or replace function "audit_chain_anchor_audit_chain_anchor_forward_only_fn"() returns trigger as \$\$ begin if tg_op = 'UPDATE' and new.id = old.id and new.seq > old.seq and exists (select 1 from audit_entry e where e.chain_seq = new.seq and e.hash is not null and e.prev_hash = new.prev_hash) then return new; end if; raise exception 'the audit chain anchor only moves forward, to a sealed entry'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_chain_anchor_forward_only" BEFORE UPDATE OR DELETE on "audit_chain_anchor" for each ROW execute function "audit_chain_anchor_audit_chain_anchor_forward_only_fn"();`);

    this.addSql(`drop trigger if exists "audit_entry_append_only" on "audit_entry";`);
    this.addSql(`drop function if exists "audit_entry_audit_entry_append_only_fn"();`);
    this.addSql(`create or replace function "audit_entry_audit_entry_append_only_fn"() returns trigger as \$\$ begin if tg_op = 'UPDATE' and old.hash is null and new.hash is not null and (new.id, new.at, new.actor_id, new.action, new.subject_type, new.subject_id, new.detail::text) is not distinct from (old.id, old.at, old.actor_id, old.action, old.subject_type, old.subject_id, old.detail::text) then return new; end if; if tg_op = 'DELETE' and old.chain_seq is not null and old.chain_seq < (select seq from audit_chain_anchor where id = 1) then return old; end if; raise exception 'audit entries cannot be changed or deleted'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_entry_append_only" BEFORE UPDATE OR DELETE on "audit_entry" for each ROW execute function "audit_entry_audit_entry_append_only_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "audit_entry_append_only" on "audit_entry";`);
    this.addSql(`drop function if exists "audit_entry_audit_entry_append_only_fn"();`);
    this.addSql(`create or replace function "audit_entry_audit_entry_append_only_fn"() returns trigger as \$\$ begin if tg_op = 'UPDATE' and old.hash is null and new.hash is not null and (new.id, new.at, new.actor_id, new.action, new.subject_type, new.subject_id, new.detail::text) is not distinct from (old.id, old.at, old.actor_id, old.action, old.subject_type, old.subject_id, old.detail::text) then return new; end if; raise exception 'audit entries cannot be changed or deleted'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_entry_append_only" BEFORE UPDATE OR DELETE on "audit_entry" for each ROW execute function "audit_entry_audit_entry_append_only_fn"();`);

    this.addSql(`drop trigger if exists "audit_chain_anchor_forward_only" on "audit_chain_anchor";`);
    this.addSql(`drop function if exists "audit_chain_anchor_audit_chain_anchor_forward_only_fn"();`);
    this.addSql(`drop table if exists "audit_chain_anchor" cascade;`);

    // Security administrators become business administrators: the older schema knows no other role for them.
    this.addSql(`update "account" set "role" = 'ADMIN' where "role" = 'SECURITY_ADMIN';`);
    this.addSql(`alter table "account" drop constraint "account_role_check";`);
    this.addSql(`alter table "account" add constraint "account_role_check" check ("role" in ('ADMIN', 'HOST', 'DEPARTMENT', 'REPRESENTATIVE', 'MODERATOR'));`);
  }

}
