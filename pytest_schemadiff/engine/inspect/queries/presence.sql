-- Which kinds can have objects here at all: one column per query file, false when that
-- query cannot return a row (its main catalog has no candidate in the selected schemas),
-- so inspect/__init__.py skips it. Each test is a superset of its query's WHERE: a kind
-- that is present is always read. Kinds without a column here are always read; most
-- databases have none of these, and their queries' planning was most of a small
-- database's inspection. The test suite runs the skipped queries anyway and fails when one
-- returns rows (SCHEMADIFF_VERIFY_PRESENCE, set in tests/conftest.py).
WITH ns AS (SELECT unnest(%(namespaces)s::oid[]) AS oid)
SELECT
  EXISTS (SELECT 1 FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
           WHERE c.relnamespace IN (SELECT oid FROM ns)) AS policy,
  EXISTS (SELECT 1 FROM pg_default_acl) AS default_privilege,
  EXISTS (SELECT 1 FROM pg_collation
           WHERE collnamespace IN (SELECT oid FROM ns)) AS collation,
  EXISTS (SELECT 1 FROM pg_type WHERE typtype = 'e'
             AND typnamespace IN (SELECT oid FROM ns)) AS enum,
  EXISTS (SELECT 1 FROM pg_type WHERE typtype = 'd'
             AND typnamespace IN (SELECT oid FROM ns)) AS domain,
  EXISTS (SELECT 1 FROM pg_class WHERE relkind = 'c'
             AND relnamespace IN (SELECT oid FROM ns)) AS composite_type,
  EXISTS (SELECT 1 FROM pg_range r JOIN pg_type t ON t.oid = r.rngtypid
           WHERE t.typnamespace IN (SELECT oid FROM ns)) AS range_type,
  EXISTS (SELECT 1 FROM pg_proc WHERE prokind = 'a'
             AND pronamespace IN (SELECT oid FROM ns)) AS aggregate,
  EXISTS (SELECT 1 FROM pg_event_trigger) AS event_trigger,
  EXISTS (SELECT 1 FROM pg_foreign_data_wrapper) AS foreign_data_wrapper,
  EXISTS (SELECT 1 FROM pg_foreign_server) AS foreign_server,
  -- The view: the catalog itself is for superusers only.
  EXISTS (SELECT 1 FROM pg_user_mappings) AS user_mapping,
  EXISTS (SELECT 1 FROM pg_foreign_table) AS foreign_table,
  EXISTS (SELECT 1 FROM pg_rewrite WHERE rulename <> '_RETURN' AND oid >= 16384) AS rule,
  EXISTS (SELECT 1 FROM pg_publication) AS publication,
  EXISTS (SELECT 1 FROM pg_publication) AS publication_table,
  EXISTS (SELECT 1 FROM pg_publication) AS publication_schema,
  EXISTS (SELECT 1 FROM pg_subscription) AS subscription,
  EXISTS (SELECT 1 FROM pg_am WHERE oid >= 16384) AS access_method,
  EXISTS (SELECT 1 FROM pg_operator
           WHERE oprnamespace IN (SELECT oid FROM ns)) AS operator,
  EXISTS (SELECT 1 FROM pg_opfamily
           WHERE opfnamespace IN (SELECT oid FROM ns)) AS operator_family,
  EXISTS (SELECT 1 FROM pg_opclass
           WHERE opcnamespace IN (SELECT oid FROM ns)) AS operator_class,
  EXISTS (SELECT 1 FROM pg_cast WHERE oid >= 16384) AS cast,
  EXISTS (SELECT 1 FROM pg_ts_parser
           WHERE prsnamespace IN (SELECT oid FROM ns)) AS text_search_parser,
  EXISTS (SELECT 1 FROM pg_ts_template
           WHERE tmplnamespace IN (SELECT oid FROM ns)) AS text_search_template,
  EXISTS (SELECT 1 FROM pg_ts_dict
           WHERE dictnamespace IN (SELECT oid FROM ns)) AS text_search_dictionary,
  EXISTS (SELECT 1 FROM pg_ts_config
           WHERE cfgnamespace IN (SELECT oid FROM ns)) AS text_search_configuration,
  EXISTS (SELECT 1 FROM pg_conversion
           WHERE connamespace IN (SELECT oid FROM ns)) AS conversion,
  EXISTS (SELECT 1 FROM pg_language WHERE oid >= 16384) AS language,
  EXISTS (SELECT 1 FROM pg_transform) AS transform,
  EXISTS (SELECT 1 FROM pg_statistic_ext
           WHERE stxnamespace IN (SELECT oid FROM ns)) AS statistics
