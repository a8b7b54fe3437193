-- Two tables reference each other (department.manager_id -> employee, employee.department_id -> department).
-- Not a real cycle for a migration: the tables first, the foreign keys after. It must not be reported as one.
CREATE TABLE public.keep (id integer PRIMARY KEY);
