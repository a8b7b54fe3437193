-- Subscriptions of the current database (pg_subscription is shared by the cluster), read
-- like publications when no schema list narrows the comparison. Only a session that may
-- read subconninfo (a superuser) runs this query (subscription.guard.sql); for others,
-- unmodelled.sql reports the subscriptions as not compared, as pg_dump skips them.
-- The options that differ between versions are read through to_jsonb, which names no
-- column: binary and streaming (14; streaming a bool before 16), two_phase and
-- disable_on_error (15), password_required, run_as_owner and origin (16), failover (17).
SELECT s.subname AS name,
       s.subconninfo AS conninfo,
       s.subpublications AS publications,
       s.subslotname AS slot_name,
       s.subenabled AS enabled,
       ARRAY(SELECT o FROM unnest(ARRAY[
               'binary=' || (j ->> 'subbinary'),
               'streaming=' || CASE j ->> 'substream'
                                 WHEN 'true' THEN 'on' WHEN 't' THEN 'on'
                                 WHEN 'false' THEN 'off' WHEN 'f' THEN 'off'
                                 WHEN 'p' THEN 'parallel' END,
               'synchronous_commit=' || (j ->> 'subsynccommit'),
               'two_phase=' || CASE j ->> 'subtwophasestate'
                                 WHEN 'd' THEN 'false' WHEN 'p' THEN 'true'
                                 WHEN 'e' THEN 'true' END,
               'disable_on_error=' || (j ->> 'subdisableonerr'),
               'password_required=' || (j ->> 'subpasswordrequired'),
               'run_as_owner=' || (j ->> 'subrunasowner'),
               'origin=' || (j ->> 'suborigin'),
               'failover=' || (j ->> 'subfailover')]) o
              WHERE o IS NOT NULL ORDER BY 1) AS options,
       s.oid::int8 AS oid
FROM pg_subscription s
CROSS JOIN LATERAL to_jsonb(s) j
WHERE s.subdbid = (SELECT d.oid FROM pg_database d WHERE d.datname = current_database())
  AND %(schemas)s::text[] IS NULL
ORDER BY 1
