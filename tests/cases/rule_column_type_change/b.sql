-- The rules use columns whose type changes: PostgreSQL refuses ALTER COLUMN TYPE under a
-- rule, so they are dropped and re-created around it (with their state and comment).
CREATE TABLE reading (id int PRIMARY KEY, value bigint, unit varchar(20));
CREATE TABLE reading_log (reading_id int, value bigint);
CREATE RULE reading_log_insert AS ON INSERT TO reading DO ALSO
    INSERT INTO reading_log VALUES (new.id, new.value);
CREATE RULE reading_guard AS ON UPDATE TO reading WHERE old.unit <> new.unit DO INSTEAD NOTHING;
ALTER TABLE reading DISABLE RULE reading_guard;
COMMENT ON RULE reading_guard ON reading IS 'units never change';
