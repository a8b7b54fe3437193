-- PostgreSQL 14 has no TABLES IN SCHEMA: no rows, the columns of publication_schema.sql.
SELECT NULL::text AS schema,
       NULL::text AS publication,
       NULL::int8 AS oid
WHERE false
