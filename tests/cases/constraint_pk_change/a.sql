CREATE TABLE public.membership (user_id integer NOT NULL, group_id integer NOT NULL, id integer NOT NULL, CONSTRAINT membership_pkey PRIMARY KEY (id));
