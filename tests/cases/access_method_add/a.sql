-- Access methods added (b) and dropped (a): an index method and a table method over the
-- built-in handlers (handlers are C functions), one with a comment.
CREATE TABLE public.anchor (id integer);
