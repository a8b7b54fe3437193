CREATE TABLE price (id int PRIMARY KEY, amount integer, currency text);
CREATE VIEW price_v AS SELECT id, amount FROM price;
CREATE RULE price_v_update AS ON UPDATE TO price_v DO INSTEAD
    UPDATE price SET amount = new.amount WHERE id = old.id;
CREATE RULE price_v_delete AS ON DELETE TO price_v DO INSTEAD NOTHING;
COMMENT ON RULE price_v_delete ON price_v IS 'prices stay';
