CREATE TABLE ticket (id int PRIMARY KEY, state text);
CREATE TABLE ticket_history (ticket_id int, state text);
CREATE FUNCTION ticket_state_label(s text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT upper(s) $$;
-- Rules that use another table and a function, all dropped in B: each rule goes before
-- what it uses.
CREATE RULE ticket_history_insert AS ON INSERT TO ticket DO ALSO
    INSERT INTO ticket_history VALUES (new.id, ticket_state_label(new.state));
CREATE RULE ticket_history_update AS ON UPDATE TO ticket WHERE old.state IS DISTINCT FROM new.state
    DO ALSO INSERT INTO ticket_history VALUES (new.id, ticket_state_label(new.state));
ALTER TABLE ticket ENABLE REPLICA RULE ticket_history_update;
