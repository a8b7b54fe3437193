CREATE TABLE account (id int PRIMARY KEY, name text, balance numeric);
CREATE TABLE audit (account_id int, what text, at timestamptz DEFAULT now());
