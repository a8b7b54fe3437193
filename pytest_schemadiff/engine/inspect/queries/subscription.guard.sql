-- Whether subscription.sql may run: reading subconninfo takes a superuser (or a grant).
SELECT has_column_privilege('pg_catalog.pg_subscription', 'subconninfo', 'SELECT')
