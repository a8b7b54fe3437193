-- Only extension versions differ; with ignore_extension_versions the engine must report no difference.
CREATE EXTENSION cube VERSION '1.5';
