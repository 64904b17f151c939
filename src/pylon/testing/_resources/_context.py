"""The parsed request a handler works on."""

from __future__ import annotations

import email.parser
import email.policy
import json
from dataclasses import dataclass, field
from typing import Any

from .._errors import bad_request
from .._spec import Operation
from .._state import State


@dataclass
class Upload:
    field: str
    filename: str | None
    content_type: str
    content: bytes


@dataclass
class Form:
    fields: dict[str, list[str]] = field(default_factory=dict)
    files: list[Upload] = field(default_factory=list)

    def value(self, name: str) -> str | None:
        values = self.fields.get(name)
        return values[0] if values else None


NESTED_TOO_DEEPLY = "request body is nested too deeply"


@dataclass
class Context:
    state: State
    op: Operation
    params: dict[str, str]
    query: dict[str, list[str]]
    headers: dict[str, str]
    raw_body: bytes
    _json: Any = None

    def q(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None

    def q_list(self, name: str) -> list[str]:
        """An array query parameter's items, as its spec style reads them (see ``_query``)."""
        return [item for item in self.query.get(name, []) if item]

    def json(self) -> dict[str, Any]:
        """The JSON body as an object; an empty body is ``{}``; anything else is a 400."""
        if self._json is None:
            if not self.raw_body.strip():
                self._json = {}
            else:
                try:
                    self._json = json.loads(self.raw_body)
                except (ValueError, UnicodeDecodeError):
                    raise bad_request("request body is not valid JSON") from None
                except RecursionError:  # e.g. 100,000 nested arrays: the parser gives up
                    raise bad_request(NESTED_TOO_DEEPLY) from None
            if not isinstance(self._json, dict):
                raise bad_request("request body must be a JSON object")
        result: dict[str, Any] = self._json
        return result

    def form(self) -> Form:
        """A ``multipart/form-data`` body, parsed with the standard library."""
        ctype = self.headers.get("content-type", "")
        if not ctype.lower().startswith("multipart/form-data"):
            raise bad_request("expected a multipart/form-data body")
        raw = b"Content-Type: " + ctype.encode("latin-1") + b"\r\n\r\n" + self.raw_body
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
        if not message.is_multipart():
            raise bad_request("malformed multipart body")
        form = Form()
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                continue
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
            filename = part.get_filename()
            if filename is not None:
                form.files.append(Upload(name, filename, part.get_content_type(), data))
            else:
                form.fields.setdefault(name, []).append(data.decode("utf-8", "replace"))
        return form
