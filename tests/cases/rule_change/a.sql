CREATE TABLE item (id int PRIMARY KEY, price numeric, note text);
CREATE TABLE item_log (item_id int, note text);

CREATE RULE item_log_insert AS ON INSERT TO item DO ALSO
    INSERT INTO item_log VALUES (new.id, 'inserted');
CREATE RULE item_no_delete AS ON DELETE TO item DO INSTEAD NOTHING;
CREATE RULE item_log_update AS ON UPDATE TO item DO ALSO
    INSERT INTO item_log VALUES (new.id, 'updated');
CREATE RULE item_stays AS ON DELETE TO item_log DO INSTEAD NOTHING;
ALTER TABLE item DISABLE RULE item_log_update;
ALTER TABLE item_log ENABLE REPLICA RULE item_stays;
COMMENT ON RULE item_no_delete ON item IS 'old comment';
