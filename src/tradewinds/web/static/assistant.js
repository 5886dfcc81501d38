// Streams the assistant's answers into the page. Without this script (or when anything
// here fails) the form posts to /assistant and the server renders the answer instead.
// The answer's text arrives as "delta" events (written as text, never as HTML); the last
// event carries the answer as the server's template rendered it, escaped there.
(function () {
  "use strict";
  if (!window.fetch || !window.TextDecoder || !window.URLSearchParams) return;

  function bubble(log, role) {
    var item = document.createElement("div");
    item.className = "message " + role;
    log.appendChild(item);
    return item;
  }

  function parse(block) {
    var name = "message", data = "";
    block.split("\n").forEach(function (line) {
      if (line.indexOf("event: ") === 0) name = line.slice(7);
      else if (line.indexOf("data: ") === 0) data += line.slice(6);
    });
    return { name: name, data: data ? JSON.parse(data) : {} };
  }

  async function send(form, log, text) {
    var body = new URLSearchParams(new FormData(form));
    var button = form.querySelector("button[type=submit]");
    var box = form.elements.message;
    var asked = bubble(log, "user");
    asked.appendChild(document.createElement("p")).textContent = text;
    var reply = bubble(log, "assistant");
    var live = reply.appendChild(document.createElement("p"));
    log.setAttribute("aria-busy", "true");
    button.disabled = true;
    try {
      var response = await fetch("/assistant/stream", {
        method: "POST", body: body, credentials: "same-origin",
        headers: { Accept: "text/event-stream" },
      });
      if (!response.ok || !response.body) throw new Error("status " + response.status);
      var reader = response.body.getReader(), decoder = new TextDecoder(), buffer = "";
      var finished = false;
      while (!finished) {
        var chunk = await reader.read();
        finished = chunk.done;
        buffer += decoder.decode(chunk.value || new Uint8Array(), { stream: !finished });
        var blocks = buffer.split("\n\n");
        buffer = blocks.pop();
        blocks.forEach(function (block) {
          var event = parse(block);
          if (event.name === "delta") live.textContent += event.data.text;
          else if (event.name === "answer") reply.innerHTML = event.data.html;
        });
      }
      box.value = "";
    } catch (error) {
      // The server answers the plain form too: let it.
      asked.remove();
      reply.remove();
      form.submit();
      return;
    } finally {
      log.setAttribute("aria-busy", "false");
      button.disabled = false;
    }
    box.focus();
  }

  document.querySelectorAll("form[data-chat-log]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var log = document.getElementById(form.getAttribute("data-chat-log"));
      var text = form.elements.message.value.trim();
      if (!log || !text) return;
      event.preventDefault();
      send(form, log, text);
    });
  });
})();
