CREATE TABLE public.word (id integer PRIMARY KEY, w text, v text);
CREATE INDEX word_w_idx ON public.word (w COLLATE "C");
CREATE INDEX word_v_idx ON public.word (v COLLATE "C" DESC);
