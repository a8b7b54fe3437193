-- The policy reads another table: that table must exist before the policy and outlive it.
CREATE TABLE public.doc (id integer PRIMARY KEY, team_id integer NOT NULL);
ALTER TABLE public.doc ENABLE ROW LEVEL SECURITY;
CREATE TABLE public.team_member (team_id integer NOT NULL, member name NOT NULL, PRIMARY KEY (team_id, member));
CREATE POLICY doc_team ON public.doc USING (EXISTS (SELECT 1 FROM public.team_member m WHERE m.team_id = doc.team_id AND m.member = current_user));
