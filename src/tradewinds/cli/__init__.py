"""The ``tradewinds`` command line (Typer). One module per command group."""
