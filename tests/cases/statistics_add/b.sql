-- Extended statistics (CREATE STATISTICS) of each kind, on columns and on expressions.
CREATE TABLE public.address (id integer PRIMARY KEY, city text, zip text, country text);
CREATE STATISTICS public.address_city_zip (ndistinct, dependencies) ON city, zip FROM public.address;
CREATE STATISTICS public.address_mcv (mcv) ON country, city FROM public.address;
CREATE STATISTICS public.address_lower_city ON (lower(city)) FROM public.address;
CREATE STATISTICS public.address_all ON country, (upper(zip)) FROM public.address;
