"""The pytest side: hooks, fixtures, the built-in check and what lies behind ``db``.

``hooks`` is the module pytest loads (the ``pytest11`` entry point); fixtures live in
``fixtures``; templates, per-process clones, isolation and run leases in the modules below.
Importing this package loads nothing: the CLI and ``Migration`` users never pay for pytest.
"""
