"""``/assistant`` and the chat panel over HTTP (TestClient) on SQLite and PostgreSQL: the
form without JavaScript, follow-ups, the streamed answer, escaping, CSRF, the assistant or
its model down. The assistant is the real one (its rules; no model needed)."""

from __future__ import annotations

import json
import re

from fastapi.testclient import TestClient
from sqlalchemy import text

from tests.web.conftest import EVIL_TITLE, make_web_client, seed_storefront
from tests.web.test_checkout_pages import _hidden
from tradewinds.store import Database
from tradewinds.store.tables import Tenant
from tradewinds.store.tenants import create_tenant


def _ask(web: TestClient, message: str, page: str = "/assistant") -> tuple[int, str]:
    token = _hidden(web.get(page).text, "csrf_token")
    response = web.post("/assistant", data={"csrf_token": token, "message": message})
    return response.status_code, response.text


def test_every_page_has_the_panel_and_a_session_for_its_form(web: TestClient) -> None:
    home = web.get("/")
    assert "tw_session" in home.cookies
    assert '<aside class="assistant-panel"' in home.text
    assert 'for="panel-message">Message</label>' in home.text
    assert '<button type="submit">Send</button>' in home.text
    assert '<script src="/static/assistant.js" defer></script>' in home.text
    product = web.get("/products/red-kite").text  # its own form and the panel: one session
    tokens = set(re.findall(r'name="csrf_token" value="([^"]*)"', product))
    assert len(tokens) == 1
    page = web.get("/assistant").text
    assert "assistant-panel" not in page  # the page is the assistant
    assert page.count('name="message"') == 1


def test_question_without_javascript_gives_cards_citations_and_the_label(
    web: TestClient,
) -> None:
    status, page = _ask(web, "kite", page="/")
    assert status == 200
    answer = page.split('id="chat-log"')[1]
    assert '<span class="badge">AI-generated</span>' in answer
    assert "<strong>Red Kite</strong>" in answer
    assert '<a href="/products/red-kite">Red Kite</a>' in answer  # the card
    cite = re.search(r'<a href="#(aigc-[0-9a-f]+)-cite-1" aria-label="Source 1">\[1\]</a>', answer)
    assert cite, answer
    assert f'<li id="{cite.group(1)}-cite-1" value="1">' in answer
    assert "Catalogue search" in answer
    assert "tw_chat" in web.cookies


def test_follow_up_in_the_same_conversation(web: TestClient) -> None:
    _ask(web, "kite")
    status, page = _ask(web, "is it in stock?")
    assert status == 200
    assert "<strong>Red Kite</strong> has 5 in stock" in page
    history = page.split('id="chat-log"')[1]
    assert history.index("kite") < history.index("is it in stock?")
    again = web.get("/assistant").text  # the conversation stays with the browser
    assert "is it in stock?" in again and "New conversation" in again
    token = _hidden(again, "csrf_token")
    response = web.post("/assistant/new", data={"csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303
    assert "is it in stock?" not in web.get("/assistant").text


def test_conversation_cookie_needs_its_own_session(web: TestClient) -> None:
    _ask(web, "kite")
    chat = web.cookies["tw_chat"]
    web.cookies.clear()
    web.cookies.set("tw_chat", chat)
    assert "kite" not in web.get("/assistant").text.split('id="chat-log"')[1]


def test_everything_the_assistant_returns_is_escaped(web: TestClient) -> None:
    status, page = _ask(web, "lantern")
    assert status == 200
    assert EVIL_TITLE not in page and "<script>alert" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Lantern" in page
    status, page = _ask(web, "<script>alert(1)</script> tent")
    assert "<script>alert(1)" not in page


def test_streamed_answer_is_the_rendered_answer(web: TestClient) -> None:
    token = _hidden(web.get("/").text, "csrf_token")
    response = web.post("/assistant/stream", data={"csrf_token": token, "message": "kite"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert response.headers["X-AIGC-Label"]
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    events = [block.split("\n", 1) for block in response.text.strip().split("\n\n")]
    names = [name.removeprefix("event: ") for name, _ in events]
    data = [json.loads(body.removeprefix("data: ")) for _, body in events]
    assert names[-1] == "answer" and set(names[:-1]) == {"delta"}
    streamed = "".join(d["text"] for d in data[:-1])
    assert "Red Kite" in streamed and "**" not in streamed
    assert '<a href="/products/red-kite">Red Kite</a>' in data[-1]["html"]
    assert "AI-generated" in data[-1]["html"]
    follow = web.post("/assistant/stream", data={"csrf_token": token, "message": "is it in stock?"})
    assert "has 5 in stock" in follow.text


def test_chinese_answer_carries_the_chinese_label(web: TestClient) -> None:
    web.get("/?lang=zh")
    status, page = _ask(web, "风筝有货吗")
    assert status == 200
    assert '<span class="badge">由人工智能生成</span>' in page
    assert 'for="assistant-message">消息</label>' in page and ">发送</button>" in page


def test_bad_input_and_csrf(web: TestClient) -> None:
    status, page = _ask(web, "   ")
    assert status == 422 and "Type a question in plain text." in page
    web.get("/")
    refused = web.post("/assistant", data={"csrf_token": "nope", "message": "kite"})
    assert refused.status_code == 403
    refused = web.post("/assistant/stream", data={"message": "kite"})
    assert refused.status_code == 403


def test_model_down_the_page_answers_from_the_rules_and_says_so(
    db: Database, web: TestClient
) -> None:
    down = {"backend": "openai", "model": "m", "base_url": "http://127.0.0.1:9/v1",
            "timeout_s": 2, "options": {"max_retries": 0}}  # fmt: skip
    assistant = {"model_deadline_s": 120, "storefront_understand": "model"}
    settings = {"models": {"extract": down}, "assistant": assistant}
    with make_web_client(db, **settings) as client:
        status, page = _ask(client, "kite")
    assert status == 200
    assert "<strong>Red Kite</strong>" in page
    assert "language model was unavailable" in page


def test_assistant_down_the_page_still_works_and_says_so(sqlite_db: Database) -> None:
    # SQLite only: each test has its own file there, so breaking it touches nothing else.
    seed_storefront(sqlite_db, create_tenant(sqlite_db, "acme", name="Acme Outdoor"))
    with make_web_client(sqlite_db) as web:
        web.headers["Accept"] = "text/html"
        _ask(web, "kite")
        with sqlite_db.engine.begin() as connection:  # the assistant's storage breaks
            connection.execute(text("DROP TABLE assistant_messages"))
        status, page = _ask(web, "is it in stock?")
        assert status == 503
        assert "The assistant is not available right now." in page
        assert 'role="search"' in page and "is it in stock?" in page  # kept in the box
        assert web.get("/assistant").status_code == 200
        assert web.get("/search?q=kite").status_code == 200
        token = _hidden(web.get("/").text, "csrf_token")
        streamed = web.post("/assistant/stream", data={"csrf_token": token, "message": "kite"})
        assert streamed.status_code == 200 and "not available right now" in streamed.text


def test_signed_in_customer_gets_their_orders(
    db: Database, tenant: Tenant, web: TestClient
) -> None:
    from starlette.requests import Request
    from starlette.types import ASGIApp, Receive, Scope, Send

    from tests._shop import add_customer, add_order

    status, page = _ask(web, "where is my order #1001?")  # a guest is asked to sign in
    reply = page.split('class="message assistant"')[-1]
    assert "sign in" in reply and "#1001" not in reply
    alice = add_customer(db, tenant.id, "alice@example.com", "Alice", "Ames")
    add_order(db, tenant.id, "#1001", customer_id=alice, lines=[("Red Kite", 1, 1999)])

    def signed_in(app: ASGIApp) -> ASGIApp:
        # What the accounts pages will do after sign-in: name the customer on the request.
        async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] == "http":
                Request(scope).state.customer_id = alice
            await app(scope, receive, send)

        return middleware

    client = make_web_client(db)
    client.app.add_middleware(signed_in)  # type: ignore[attr-defined]
    with client:
        status, page = _ask(client, "where is my order #1001?")
    assert status == 200
    assert "Order #1001 is paid" in page
