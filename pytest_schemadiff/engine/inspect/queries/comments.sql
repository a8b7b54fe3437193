-- Comments on user objects of the selected schemas (and on schemas themselves and
-- database-wide objects such as event triggers), with the address SQL names the object by.
-- inspect/attached.py puts each on the model whose catalog_id is (catalog, oid, sub); a
-- comment on a part no model describes (a view's or composite type's column, a domain's
-- constraint) goes to the model of parent_catalog/parent_oid as a member comment
-- (member_kind, member); anything else is reported as a comment not compared.
-- A comment equal to default_comment (what creating the object sets) counts as none.
WITH described AS (
    SELECT d.classoid, d.objoid, d.objsubid, d.description,
           CASE d.classoid
             WHEN 'pg_class'::regclass THEN
               (SELECT c.relnamespace FROM pg_class c WHERE c.oid = d.objoid)
             WHEN 'pg_type'::regclass THEN
               (SELECT t.typnamespace FROM pg_type t WHERE t.oid = d.objoid)
             WHEN 'pg_proc'::regclass THEN
               (SELECT p.pronamespace FROM pg_proc p WHERE p.oid = d.objoid)
             WHEN 'pg_constraint'::regclass THEN
               (SELECT c.connamespace FROM pg_constraint c WHERE c.oid = d.objoid)
             WHEN 'pg_namespace'::regclass THEN d.objoid
             WHEN 'pg_extension'::regclass THEN
               (SELECT e.extnamespace FROM pg_extension e WHERE e.oid = d.objoid)
             WHEN 'pg_collation'::regclass THEN
               (SELECT c.collnamespace FROM pg_collation c WHERE c.oid = d.objoid)
             WHEN 'pg_policy'::regclass THEN
               (SELECT c.relnamespace FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
                 WHERE p.oid = d.objoid)
             WHEN 'pg_trigger'::regclass THEN
               (SELECT c.relnamespace FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                 WHERE t.oid = d.objoid)
             WHEN 'pg_rewrite'::regclass THEN
               (SELECT c.relnamespace FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class
                 WHERE r.oid = d.objoid)
             WHEN 'pg_statistic_ext'::regclass THEN
               (SELECT s.stxnamespace FROM pg_statistic_ext s WHERE s.oid = d.objoid)
             WHEN 'pg_operator'::regclass THEN
               (SELECT o.oprnamespace FROM pg_operator o WHERE o.oid = d.objoid)
             WHEN 'pg_opclass'::regclass THEN
               (SELECT o.opcnamespace FROM pg_opclass o WHERE o.oid = d.objoid)
             WHEN 'pg_opfamily'::regclass THEN
               (SELECT o.opfnamespace FROM pg_opfamily o WHERE o.oid = d.objoid)
             WHEN 'pg_conversion'::regclass THEN
               (SELECT c.connamespace FROM pg_conversion c WHERE c.oid = d.objoid)
             WHEN 'pg_ts_config'::regclass THEN
               (SELECT c.cfgnamespace FROM pg_ts_config c WHERE c.oid = d.objoid)
             WHEN 'pg_ts_dict'::regclass THEN
               (SELECT c.dictnamespace FROM pg_ts_dict c WHERE c.oid = d.objoid)
             WHEN 'pg_ts_parser'::regclass THEN
               (SELECT c.prsnamespace FROM pg_ts_parser c WHERE c.oid = d.objoid)
             WHEN 'pg_ts_template'::regclass THEN
               (SELECT c.tmplnamespace FROM pg_ts_template c WHERE c.oid = d.objoid)
           END AS namespace
    FROM pg_description d
    WHERE (d.objoid >= 16384 OR d.classoid = 'pg_namespace'::regclass)
      AND NOT EXISTS (SELECT 1 FROM pg_depend e
                      WHERE e.classid = d.classoid AND e.objid = d.objoid
                        AND e.deptype = 'e')
      -- A subscription's comment is here although the subscription is shared, and DROP
      -- SUBSCRIPTION leaves it behind: only those of this database's subscriptions.
      AND (d.classoid <> 'pg_subscription'::regclass
           OR EXISTS (SELECT 1 FROM pg_subscription s
                      WHERE s.oid = d.objoid
                        AND s.subdbid = (SELECT db.oid FROM pg_database db
                                          WHERE db.datname = current_database())))
)
SELECT -- A composite type is named by its pg_class row, like the dependencies do.
       CASE WHEN t.typrelid <> 0 THEN 'pg_class' ELSE d.classoid::regclass::text END
         AS catalog,
       COALESCE(NULLIF(t.typrelid, 0), d.objoid)::int8 AS oid,
       d.objsubid::int AS sub,
       -- (A relation's constraint no model takes: one of a foreign table.)
       CASE WHEN d.objsubid <> 0 THEN 'pg_class' WHEN dc.contypid <> 0 THEN 'pg_type'
            WHEN dc.conrelid <> 0 THEN 'pg_class' END
         AS parent_catalog,
       CASE WHEN d.objsubid <> 0 THEN d.objoid WHEN dc.contypid <> 0 THEN dc.contypid
            WHEN dc.conrelid <> 0 THEN dc.conrelid END::int8
         AS parent_oid,
       CASE WHEN d.objsubid <> 0 THEN 'column' WHEN dc.contypid <> 0 THEN 'constraint'
            WHEN dc.conrelid <> 0 THEN 'table constraint' END
         AS member_kind,
       CASE WHEN d.objsubid <> 0 THEN
              (SELECT a.attname::text FROM pg_attribute a
                WHERE a.attrelid = d.objoid AND a.attnum = d.objsubid)
            WHEN dc.contypid <> 0 OR dc.conrelid <> 0 THEN dc.conname::text END AS member,
       CASE WHEN t.typtype = 'd' THEN 'domain' ELSE ad.type END AS type,
       ad.object_names AS names,
       ad.object_args AS args,
       COALESCE(ns.nspname::text, '') AS schema,
       array_to_string(ad.object_names, '.')
         || CASE WHEN ad.object_args <> '{}' THEN
              format('(%%s)', array_to_string(ad.object_args, ', ')) ELSE '' END AS name,
       d.description AS comment,
       -- CREATE EXTENSION comments the extension from its control file.
       CASE WHEN d.classoid = 'pg_extension'::regclass THEN
         (SELECT x.comment FROM pg_extension e JOIN pg_available_extensions x
                 ON x.name = e.extname WHERE e.oid = d.objoid) END AS default_comment
FROM described d
LEFT JOIN pg_type t ON d.classoid = 'pg_type'::regclass AND t.oid = d.objoid
LEFT JOIN pg_constraint dc ON d.classoid = 'pg_constraint'::regclass AND dc.oid = d.objoid
CROSS JOIN LATERAL pg_identify_object_as_address(d.classoid, d.objoid, d.objsubid) ad
LEFT JOIN pg_namespace ns ON ns.oid = d.namespace
WHERE d.namespace IS NULL AND d.classoid NOT IN ('pg_class'::regclass, 'pg_type'::regclass,
                                                 'pg_proc'::regclass,
                                                 'pg_constraint'::regclass)
   OR d.namespace = ANY (%(namespaces)s::oid[])
ORDER BY 1, 2, 3
