-- The view's column changes type (the view is dropped and re-created, so are its rules);
-- the table's column changes type under a rule action.
CREATE TABLE price (id int PRIMARY KEY, amount numeric(12, 2), currency text);
CREATE VIEW price_v AS SELECT id, amount, currency FROM price;
CREATE RULE price_v_update AS ON UPDATE TO price_v DO INSTEAD
    UPDATE price SET amount = new.amount, currency = new.currency WHERE id = old.id;
CREATE RULE price_v_delete AS ON DELETE TO price_v DO INSTEAD NOTHING;
COMMENT ON RULE price_v_delete ON price_v IS 'prices stay';
