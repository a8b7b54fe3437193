CREATE TABLE public.keep (id integer PRIMARY KEY);
CREATE TABLE public.department (id integer PRIMARY KEY, name text NOT NULL, manager_id integer);
CREATE TABLE public.employee (id integer PRIMARY KEY, department_id integer NOT NULL
    CONSTRAINT employee_department_fkey REFERENCES public.department (id) DEFERRABLE INITIALLY DEFERRED,
    mentor_id integer CONSTRAINT employee_mentor_fkey REFERENCES public.employee (id));
ALTER TABLE public.department ADD CONSTRAINT department_manager_fkey FOREIGN KEY (manager_id) REFERENCES public.employee (id);
