"""The web pages served by ``tradewinds serve`` next to the API.

>>> from tradewinds.web import install_web
>>> install_web(app)  # doctest: +SKIP
"""

from tradewinds.web.app import install_web

__all__ = ["install_web"]
