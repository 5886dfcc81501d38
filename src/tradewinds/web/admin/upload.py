"""Reading a console file upload: a ``multipart/form-data`` POST of bounded size, its CSRF
token checked like every console form's.

The body is read with a limit (the declared length first, then counted while reading) and
split with the standard library's MIME parser (``email``), which keeps the file's bytes as
sent; the project needs no multipart dependency for one form.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP

from fastapi import Request

from tradewinds.web.admin.console import ADMIN_COOKIE
from tradewinds.web.session import CSRF_FIELD, CsrfRejected, csrf_token

MAX_UPLOAD_BYTES = 15 * 2**20
"""The largest file the console takes (Shopify's own limit for a product CSV)."""
_ENVELOPE = 64 * 1024  # the other fields and the multipart boundaries


class UploadTooLarge(Exception):
    """The request is larger than the upload limit; it was not read to the end."""


@dataclass(frozen=True)
class Upload:
    """The posted fields (text) and the one file: its name as sent and its bytes."""

    fields: dict[str, str]
    file_name: str
    data: bytes


async def read_upload(request: Request, limit: int | None = None) -> Upload:
    """The console's upload form after the CSRF check.

    Raises :class:`UploadTooLarge` for a body over ``limit`` (default
    :data:`MAX_UPLOAD_BYTES`, plus room for the other fields) and
    :class:`~tradewinds.web.session.CsrfRejected` for anything but a multipart form with
    the session's token.
    """
    kind = request.headers.get("content-type", "")
    if kind.split(";")[0].strip().lower() != "multipart/form-data":
        raise CsrfRejected("not a form this site sends")
    limit = MAX_UPLOAD_BYTES if limit is None else limit
    most = limit + _ENVELOPE
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > most:
        raise UploadTooLarge()
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > most:
            raise UploadTooLarge()
    head = f"Content-Type: {kind}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
    message = BytesParser(policy=HTTP).parsebytes(head + bytes(body))
    fields: dict[str, str] = {}
    file_name, data = "", b""
    for part in message.iter_parts() if message.is_multipart() else ():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        if name == "file" and part.get_filename() is not None:
            file_name, data = str(part.get_filename()), content
        elif isinstance(name, str):
            fields[name] = content.decode("utf-8", "replace")
    if len(data) > limit:
        raise UploadTooLarge()
    token = request.cookies.get(ADMIN_COOKIE, "")
    sent = fields.pop(CSRF_FIELD, "")
    if not token or not hmac.compare_digest(sent.encode(), csrf_token(token).encode()):
        raise CsrfRejected("missing or wrong CSRF token")
    return Upload(fields, file_name, data)
