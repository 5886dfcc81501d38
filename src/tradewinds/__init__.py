"""Tradewinds: an open-source, self-hostable AI commerce platform.

Layers (imports only go down)::

    api / cli / web          interfaces
    search, gateway, ...     capabilities (one package each)
    models                   LLM and embedding backends
    store                    tables, migrations, tenant-scoped sessions, importers
    core                     settings, errors, money, time

See ``docs/ARCHITECTURE.md``.
"""

__version__ = "0.1.0"
