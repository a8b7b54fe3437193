CREATE TABLE account (id int PRIMARY KEY, name text, balance numeric);
CREATE TABLE audit (account_id int, what text, at timestamptz DEFAULT now());

-- ALSO with a WHERE and two actions.
CREATE RULE account_insert_audit AS ON INSERT TO account
    WHERE new.balance > 0
    DO ALSO (
        INSERT INTO audit (account_id, what) VALUES (new.id, 'insert');
        INSERT INTO audit (account_id, what) VALUES (new.id, 'positive balance')
    );
-- INSTEAD NOTHING.
CREATE RULE account_no_delete AS ON DELETE TO account DO INSTEAD NOTHING;
-- INSTEAD with one action, disabled.
CREATE RULE account_update_audit AS ON UPDATE TO account
    DO INSTEAD UPDATE audit SET what = 'updated ' || new.name WHERE audit.account_id = old.id;
ALTER TABLE account DISABLE RULE account_update_audit;
COMMENT ON RULE account_no_delete ON account IS 'accounts are never deleted';
