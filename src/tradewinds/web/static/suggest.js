// Suggestions under the search box while typing (the ARIA 1.2 combobox pattern: the input
// controls a listbox; Up/Down move through it, Enter follows the active suggestion, Escape
// closes it). Asks /search/suggest 150 ms after the last key. Without this script the
// box is a plain search form and nothing is asked while typing.
(function () {
  "use strict";
  var input = document.getElementById("site-search");
  var list = document.getElementById("site-search-suggestions");
  if (!input || !list || !window.fetch || !window.URLSearchParams) return;
  var status = list.nextElementSibling;
  var items = [], active = -1, timer = 0, asked = "", controller = null;

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    active = index;
    Array.prototype.forEach.call(list.children, function (li, i) {
      li.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    if (index < 0) input.removeAttribute("aria-activedescendant");
    else {
      input.setAttribute("aria-activedescendant", list.children[index].id);
      list.children[index].scrollIntoView({ block: "nearest" });
    }
  }

  function show(found) {
    items = found;
    list.textContent = "";
    found.forEach(function (item, i) {
      var li = document.createElement("li");
      li.id = list.id + "-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.className = item.kind;
      li.textContent = item.text;  // text, never HTML
      li.addEventListener("mousedown", function (event) { event.preventDefault(); });
      li.addEventListener("click", function () { go(i); });
      list.appendChild(li);
    });
    status.textContent = found.length === 1 ? status.getAttribute("data-one")
      : found.length ? status.getAttribute("data-many").replace("{n}", found.length) : "";
    if (!found.length) return close();
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    highlight(-1);
  }

  function go(index) {
    var href = items[index] && items[index].href;
    if (href && href.charAt(0) === "/" && href.charAt(1) !== "/") window.location.assign(href);
  }

  function ask() {
    var text = input.value.trim();
    if (text === asked) return;
    asked = text;
    if (controller) controller.abort();
    if (!text || text.length > 100) return show([]);
    controller = window.AbortController ? new AbortController() : null;
    fetch("/search/suggest?" + new URLSearchParams({ q: text }), {
      headers: { Accept: "application/json" },
      credentials: "omit",
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      return response.ok ? response.json() : { suggestions: [] };
    }).then(function (body) {
      if (text === input.value.trim()) show(body.suggestions || []);
    }).catch(function () { /* aborted or offline: the form still searches */ });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
  input.addEventListener("keydown", function (event) {
    var open = !list.hidden && items.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!open) {
        if (items.length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
        return;
      }
      event.preventDefault();
      // Positions run -1 (the box itself) to the last suggestion, and wrap around.
      var next = active + (event.key === "ArrowDown" ? 1 : -1);
      highlight(next >= items.length ? -1 : next < -1 ? items.length - 1 : next);
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      go(active);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener("blur", close);
})();
