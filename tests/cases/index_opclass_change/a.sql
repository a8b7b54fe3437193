CREATE TABLE public.word (id integer PRIMARY KEY, w text, prefix varchar(20));
CREATE INDEX word_w_idx ON public.word (w);
CREATE INDEX word_prefix_idx ON public.word (prefix varchar_pattern_ops);
