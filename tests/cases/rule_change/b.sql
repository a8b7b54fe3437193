CREATE TABLE item (id int PRIMARY KEY, price numeric, note text);
CREATE TABLE item_log (item_id int, note text);

-- Changed action and a new WHERE.
CREATE RULE item_log_insert AS ON INSERT TO item WHERE new.price IS NOT NULL DO ALSO
    INSERT INTO item_log VALUES (new.id, 'inserted at ' || new.price);
-- NOTHING becomes an action (and ALSO).
CREATE RULE item_no_delete AS ON DELETE TO item DO ALSO
    INSERT INTO item_log VALUES (old.id, 'deleted');
-- Enabled states change only.
CREATE RULE item_log_update AS ON UPDATE TO item DO ALSO
    INSERT INTO item_log VALUES (new.id, 'updated');
CREATE RULE item_stays AS ON DELETE TO item_log DO INSTEAD NOTHING;
ALTER TABLE item ENABLE ALWAYS RULE item_log_update;
COMMENT ON RULE item_no_delete ON item IS 'new comment';
