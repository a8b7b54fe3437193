CREATE TABLE public.word (id integer PRIMARY KEY, w text, prefix varchar(20));
CREATE INDEX word_w_idx ON public.word (w text_pattern_ops);
CREATE INDEX word_prefix_idx ON public.word (prefix);
