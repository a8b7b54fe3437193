CREATE TABLE customer (id int PRIMARY KEY, name text);
-- A new table with rules of its own and a rule on an old table that writes to it: each
-- rule after the table it is on and the table it writes to (and before them in B -> A).
CREATE TABLE customer_log (customer_id int, what text);
CREATE RULE customer_log_insert AS ON INSERT TO customer DO ALSO
    INSERT INTO customer_log VALUES (new.id, 'insert');
CREATE RULE customer_log_frozen AS ON UPDATE TO customer_log DO INSTEAD NOTHING;
ALTER TABLE customer_log DISABLE RULE customer_log_frozen;
COMMENT ON RULE customer_log_frozen ON customer_log IS 'the log is append-only';
