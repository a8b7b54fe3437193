"""Deploying: apply a migration or plan with verification, check a database for drift,
sync a development database, write scripts for a DBA (the ``schemadiff`` subcommands)."""
