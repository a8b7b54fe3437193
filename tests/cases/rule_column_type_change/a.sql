CREATE TABLE reading (id int PRIMARY KEY, value integer, unit varchar(10));
CREATE TABLE reading_log (reading_id int, value integer);
CREATE RULE reading_log_insert AS ON INSERT TO reading DO ALSO
    INSERT INTO reading_log VALUES (new.id, new.value);
CREATE RULE reading_guard AS ON UPDATE TO reading WHERE old.unit <> new.unit DO INSTEAD NOTHING;
ALTER TABLE reading DISABLE RULE reading_guard;
COMMENT ON RULE reading_guard ON reading IS 'units never change';
