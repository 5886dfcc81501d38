"""A tiny image host on 127.0.0.1 for the fetch tests (never the internet).

Paths: ``/ok*.jpg`` and ``/photo.png`` real images, ``/missing.jpg`` 404, ``/page.jpg``
HTML, ``/liar.jpg`` HTML sent as image/jpeg, ``/big.jpg`` over the size limit with a
Content-Length, ``/stream-big.jpg`` over it without one, ``/redirect.jpg`` 302 to
``/ok-moved.jpg``, ``/loop.jpg`` redirects forever, ``/slow.jpg`` drips for seconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.store.media._images import jpeg, png

BIG = 64 * 1024


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    served: list[str]

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _send(self, status: int, kind: str, body: bytes, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        self.served.append(path)
        if path.startswith("/ok"):
            self._send(200, "image/jpeg", jpeg(600, 300))
        elif path == "/photo.png":
            self._send(200, "image/png; charset=binary", png())
        elif path == "/page.jpg":
            self._send(200, "text/html", b"<html>not an image</html>")
        elif path == "/liar.jpg":
            self._send(200, "image/jpeg", b"<html><script>alert(1)</script></html>")
        elif path == "/big.jpg":
            self._send(200, "image/jpeg", b"\xff" * BIG)
        elif path == "/stream-big.jpg":
            self._send(200, "image/jpeg", b"\xff" * BIG, length=False)
        elif path == "/redirect.jpg":
            self.send_response(302)
            self.send_header("Location", "/ok-moved.jpg")
            self.end_headers()
        elif path == "/loop.jpg":
            self.send_response(302)
            self.send_header("Location", "/loop.jpg")
            self.end_headers()
        elif path == "/slow.jpg":
            self.send_response(200)
            self.send_header("Content-Type", "image/jpeg")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"\xff")
                    self.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):
                pass
        else:
            self._send(404, "text/plain", b"no")


@contextmanager
def image_host() -> Iterator[tuple[str, list[str]]]:
    """``(base URL, paths served so far)`` of a host running for the block."""
    served: list[str] = []
    handler = type("Handler", (_Handler,), {"served": served})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", served
    finally:
        server.shutdown()
        server.server_close()
