CREATE TABLE person (id int PRIMARY KEY, name text, email text);
CREATE VIEW person_v AS SELECT id, name FROM person;

CREATE FUNCTION normalized_email(raw text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(raw)) $$;

-- Rules on a view that use a column and a function the same migration adds.
CREATE RULE person_v_insert AS ON INSERT TO person_v DO INSTEAD
    INSERT INTO person (id, name, email) VALUES (new.id, new.name, normalized_email(new.name));
CREATE RULE person_v_update AS ON UPDATE TO person_v DO INSTEAD
    UPDATE person SET name = new.name, email = normalized_email(new.name) WHERE id = old.id;
-- A rule on the table using the new column.
CREATE RULE person_keep_email AS ON UPDATE TO person WHERE new.email IS NULL DO INSTEAD NOTHING;
COMMENT ON RULE person_v_insert ON person_v IS 'insert through the view';
