"""``tradewinds models``: list the configured models, chat with one, embed text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from tradewinds.cli._common import JsonOption, print_json, settings

app = typer.Typer(help="AI models: list purposes, chat, embed.", no_args_is_help=True)


def register(app_: typer.Typer) -> None:
    """Add the ``models`` command group to the root app."""
    app_.add_typer(app, name="models")


@app.command("list")
def list_(
    check: bool = typer.Option(
        True, "--check/--no-check", help="Check that each model can be used now."
    ),
    as_json: bool = JsonOption,
) -> None:
    """Purposes (chat, extract, embed, aliases) with their backend, model and availability."""
    from dataclasses import asdict

    from tradewinds.models import purpose_statuses

    rows = purpose_statuses(settings(), check=check)
    if as_json:
        print_json([asdict(r) for r in rows])
        return
    for r in rows:
        where = f" @ {r.base_url}" if r.base_url else ""
        status = {True: "ok", None: "not checked"}.get(r.available, f"UNAVAILABLE: {r.problem}")
        fallbacks = f" (fallbacks: {', '.join(r.fallbacks)})" if r.fallbacks else ""
        typer.echo(f"{r.purpose}\t{r.kind}\t{r.backend}:{r.model}{where}{fallbacks}\t{status}")


def _read_schema(path: Path) -> dict[str, Any]:
    from tradewinds.core.errors import InvalidInput

    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read the schema file ({exc.strerror})") from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"{path} line {exc.lineno} column {exc.colno}: not valid JSON ({exc.msg}); "
            'expected a JSON Schema object such as {"type": "object", "properties": {...}}'
        ) from None
    if not isinstance(schema, dict):
        raise InvalidInput(f"{path}: expected a JSON Schema object, got {type(schema).__name__}")
    return schema


@app.command("chat")
def chat(
    prompt: str = typer.Argument(..., help="What to ask."),
    purpose: str = typer.Option("chat", "--purpose", "-p", help="Configured purpose or alias."),
    system: str | None = typer.Option(None, "--system", help="A system message."),
    schema: Path | None = typer.Option(
        None, "--schema", help="JSON Schema file: answer with JSON of that shape."
    ),
    stream: bool = typer.Option(False, "--stream", help="Print the answer as it comes."),
    max_tokens: int | None = typer.Option(None, "--max-tokens", min=1, help="Answer length cap."),
    temperature: float | None = typer.Option(None, "--temperature", min=0, max=2),
    seed: int | None = typer.Option(None, "--seed", help="Sampling seed, for repeatable answers."),
    as_json: bool = JsonOption,
) -> None:
    """Ask the model configured for a purpose (default: chat)."""
    from tradewinds.models import ChatRequest, get_chat_model

    request = ChatRequest.from_prompt(
        prompt,
        system=system,
        json_schema=_read_schema(schema) if schema else None,
        max_tokens=max_tokens,
        temperature=temperature,
        seed=seed,
    )
    model = get_chat_model(purpose, settings())
    if stream:
        _stream(model.stream(request), as_json=as_json)
        return
    result = model.chat(request)
    if as_json:
        data = result.to_dict()
        if request.json_schema is not None:
            data["json"] = result.json()
        print_json(data)
    else:
        typer.echo(result.text)


def _stream(chunks: Any, *, as_json: bool) -> None:
    """Text deltas to stdout as they arrive; with ``--json`` one JSON object per chunk."""
    import sys
    from dataclasses import asdict

    for chunk in chunks:
        if as_json:
            data = asdict(chunk)
            data["usage"] = chunk.usage.to_dict() if chunk.usage else None
            sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(chunk.text)
        sys.stdout.flush()
    if not as_json:
        sys.stdout.write("\n")


@app.command("embed")
def embed(
    texts: list[str] = typer.Argument(..., help="One or more texts."),
    purpose: str = typer.Option("embed", "--purpose", "-p", help="Configured purpose or alias."),
    as_json: bool = JsonOption,
) -> None:
    """Embed texts with the model configured for a purpose (default: embed)."""
    from tradewinds.models import get_embedding_model

    result = get_embedding_model(purpose, settings()).embed_result(texts)
    if as_json:
        print_json(
            {
                "backend": result.backend,
                "model": result.model,
                "dims": result.dims,
                "usage": result.usage.to_dict(),
                "vectors": result.vectors,
            }
        )
        return
    for text, vector in zip(texts, result.vectors, strict=True):
        head = ", ".join(f"{x:.4f}" for x in vector[:4])
        typer.echo(f"{len(vector)} dims [{head}, ...]\t{text}")
