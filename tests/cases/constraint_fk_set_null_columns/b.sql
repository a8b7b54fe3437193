CREATE TABLE public.tenant (id integer PRIMARY KEY);
CREATE TABLE public.folder (tenant_id integer NOT NULL REFERENCES public.tenant (id), id integer NOT NULL, PRIMARY KEY (tenant_id, id));
CREATE TABLE public.file (
    tenant_id integer NOT NULL,
    id integer NOT NULL,
    folder_id integer,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT file_folder_fkey FOREIGN KEY (tenant_id, folder_id) REFERENCES public.folder (tenant_id, id) ON DELETE SET NULL (folder_id)
);
