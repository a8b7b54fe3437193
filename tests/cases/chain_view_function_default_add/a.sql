-- b builds a chain a migration must create bottom-up (and a from b must drop top-down):
-- function -> column default -> table -> view -> view -> view, plus a function used by the first view.
CREATE TABLE public.orders (id integer PRIMARY KEY, amount numeric NOT NULL);
