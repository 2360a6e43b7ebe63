-- Every clinic table's primary key and unique constraints lead with clinic_id, and every foreign key between two
-- clinic tables carries clinic_id on both sides, so the schema distributes by clinic on Citus without change
-- (docs/scaling.md). DistributableSchemaIT reads pg_catalog and names any table that breaks this.
--
-- Done from the catalogue rather than table by table, so no constraint is forgotten:
--  1. remember and drop every foreign key that points at a clinic table;
--  2. rebuild each key not led by clinic_id as (clinic_id, the same columns), dropping one that only repeats the new
--     primary key (the old "unique (id, clinic_id)" kept for composite foreign keys); a plain index on the old
--     columns keeps lookups that do not know the clinic yet (a link's token, an id) as fast as before;
--  3. put the foreign keys back, between clinic tables as (clinic_id, x_id) references parent (clinic_id, id).
-- app_user keeps its e-mail and passkey handle unique across clinics (sign-in finds the account before it knows the
-- clinic) and gains "unique (id)" for the per-account tables (second factors, API tokens, passkeys) that point at it:
-- on Citus app_user and those tables are reference tables, copied to every node (docs/scaling.md).

create temporary table v31_fk on commit drop as
select con.conname, con.conrelid::regclass as child, con.confrelid::regclass as parent,
       array(select a.attname from unnest(con.conkey) with ordinality k(n, o)
             join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.o) as child_cols,
       array(select a.attname from unnest(con.confkey) with ordinality k(n, o)
             join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n order by k.o) as parent_cols,
       con.confdeltype, pg_get_constraintdef(con.oid) as definition,
       exists (select 1 from pg_attribute a where a.attrelid = con.conrelid and a.attname = 'clinic_id'
               and not a.attisdropped) as child_has_clinic
from pg_constraint con
join pg_class p on p.oid = con.confrelid
join pg_namespace n on n.oid = p.relnamespace
where con.contype = 'f' and n.nspname = 'public'
  and exists (select 1 from pg_attribute a where a.attrelid = con.confrelid and a.attname = 'clinic_id'
              and not a.attisdropped);

do $$
declare
    fk record;
    k record;
    new_cols text[];
    pk_cols text[];
begin
    for fk in select * from v31_fk loop
        execute format('alter table %s drop constraint %I', fk.child, fk.conname);
    end loop;

    -- Primary keys first, so a unique constraint that becomes the same columns is recognised and dropped.
    for k in
        select con.conname, con.conrelid::regclass as tbl, con.contype,
               array(select a.attname from unnest(con.conkey) with ordinality c(n, o)
                     join pg_attribute a on a.attrelid = con.conrelid and a.attnum = c.n order by c.o) as cols
        from pg_constraint con
        join pg_class t on t.oid = con.conrelid
        join pg_namespace n on n.oid = t.relnamespace
        where n.nspname = 'public' and con.contype in ('p', 'u')
          and exists (select 1 from pg_attribute a where a.attrelid = t.oid and a.attname = 'clinic_id'
                      and not a.attisdropped)
          and (select a.attname from pg_attribute a where a.attrelid = t.oid and a.attnum = con.conkey[1]) <> 'clinic_id'
          and not (t.relname = 'app_user' and con.contype = 'u'
                   and con.conkey = array[(select attnum from pg_attribute
                                           where attrelid = t.oid and attname = 'passkey_user_handle')])
        order by (con.contype = 'p') desc, t.relname, con.conname
    loop
        new_cols := array['clinic_id'] || array_remove(k.cols, 'clinic_id');
        execute format('alter table %s drop constraint %I', k.tbl, k.conname);
        if k.contype = 'p' then
            execute format('alter table %s add constraint %I primary key (%s)', k.tbl, k.conname,
                           (select string_agg(quote_ident(c), ', ') from unnest(new_cols) c));
        else
            select array(select a.attname from pg_index i
                         join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
                         cross join lateral unnest(i.indkey) with ordinality x(n, o)
                         where i.indrelid = k.tbl and i.indisprimary and x.n = a.attnum order by x.o)
            into pk_cols;
            if pk_cols is distinct from new_cols then
                execute format('alter table %s add constraint %I unique (%s)', k.tbl, k.conname,
                               (select string_agg(quote_ident(c), ', ') from unnest(new_cols) c));
            end if;
        end if;
        if not ('clinic_id' = any (k.cols)) then
            execute format('create index %I on %s (%s)', left(k.conname, 55) || '_lookup', k.tbl,
                           (select string_agg(quote_ident(c), ', ') from unnest(k.cols) c));
        end if;
    end loop;

    -- The per-account tables (no clinic_id) still point at app_user (id): a unique constraint, not a plain index.
    drop index app_user_pkey_lookup;
    alter table app_user add constraint app_user_id_key unique (id);

    for fk in select * from v31_fk loop
        if fk.child_has_clinic then
            execute format('alter table %s add constraint %I foreign key (%s) references %s (%s)%s', fk.child, fk.conname,
                           (select string_agg(quote_ident(c), ', ')
                            from unnest(array['clinic_id'] || array_remove(fk.child_cols, 'clinic_id')) c),
                           fk.parent,
                           (select string_agg(quote_ident(c), ', ')
                            from unnest(array['clinic_id'] || array_remove(fk.parent_cols, 'clinic_id')) c),
                           case fk.confdeltype when 'c' then ' on delete cascade' when 'n' then ' on delete set null'
                                               when 'r' then ' on delete restrict' else '' end);
        else
            execute format('alter table %s add constraint %I %s', fk.child, fk.conname, fk.definition);
        end if;
    end loop;
end $$;

-- A one-result-per-request rule kept per clinic.
drop index outcome_result_once_per_request;
create unique index outcome_result_once_per_request on outcome_result (clinic_id, request_id, instrument)
    where request_id is not null;
