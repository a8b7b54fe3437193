-- Publications. They belong to the database, not to a schema: like pg_dump, which writes
-- them unless a schema list (-n) narrows the dump, they are read when no schema list
-- narrows the comparison. pubgencols is PostgreSQL 18's (read through to_jsonb, which
-- does not name it, so the query runs on every version).
SELECT p.pubname AS name,
       p.puballtables AS all_tables,
       ARRAY(SELECT w.word FROM (VALUES (1, 'insert', p.pubinsert),
                                        (2, 'update', p.pubupdate),
                                        (3, 'delete', p.pubdelete),
                                        (4, 'truncate', p.pubtruncate)) w(n, word, published)
              WHERE w.published ORDER BY w.n) AS publish,
       p.pubviaroot AS via_partition_root,
       to_jsonb(p) ->> 'pubgencols' AS generated_columns,
       p.oid::int8 AS oid
FROM pg_publication p
WHERE %(schemas)s::text[] IS NULL
ORDER BY 1
