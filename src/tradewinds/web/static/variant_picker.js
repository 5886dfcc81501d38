// Shows the offer (price, compare-at price, stock, SKU, picture) of the checked options
// as soon as an option is chosen, from the offers already in the page: no request. Without
// this script the picker's form is submitted and the server renders the same choice.
(function () {
  "use strict";
  var picker = document.querySelector(".variant-picker");
  var cart = document.querySelector(".add-to-cart");
  if (!picker || !cart) return;
  var offers = Array.prototype.slice.call(document.querySelectorAll(".offer"));
  var radios = Array.prototype.slice.call(picker.querySelectorAll("input[type=radio]"));
  var picture = document.querySelector(".gallery img");
  var groups = [];
  radios.forEach(function (radio) {
    if (groups.indexOf(radio.name) < 0) groups.push(radio.name);
  });

  function checkedValues() {
    var values = {};
    groups.forEach(function (name) {
      var on = radios.filter(function (r) { return r.name === name && r.checked; })[0];
      values[name] = on ? on.value : "";
    });
    return values;
  }

  function offerFor(values) {
    return offers.filter(function (offer) {
      return offer.getAttribute("data-variant") && groups.every(function (name) {
        return (offer.getAttribute("data-" + name) || "") === values[name];
      });
    })[0] || null;
  }

  function update() {
    var values = checkedValues();
    var chosen = offerFor(values);
    offers.forEach(function (offer) {
      offer.hidden = chosen ? offer !== chosen : offer.getAttribute("data-variant") !== "";
    });
    radios.forEach(function (radio) {
      var other = {};
      groups.forEach(function (name) { other[name] = values[name]; });
      other[radio.name] = radio.value;
      var match = offerFor(other);
      var state = !match ? "unavailable"
        : match.getAttribute("data-sellable") === "true" ? "available" : "sold_out";
      var notes = radio.parentNode.querySelectorAll(".choice-note");
      Array.prototype.forEach.call(notes, function (note) {
        note.hidden = note.getAttribute("data-state") !== state;
      });
    });
    cart.elements.variant_id.value = chosen ? chosen.getAttribute("data-variant") : "";
    cart.querySelector("button[type=submit]").disabled =
      !chosen || chosen.getAttribute("data-sellable") !== "true";
    if (chosen && picture && chosen.getAttribute("data-image-src")) {
      picture.srcset = chosen.getAttribute("data-image-srcset");
      picture.src = chosen.getAttribute("data-image-src");
    }
    if (chosen && window.history && history.replaceState) {
      history.replaceState(null, "", location.pathname + "?variant=" +
        encodeURIComponent(chosen.getAttribute("data-variant")));
    }
  }

  picker.querySelector(".picker-submit").hidden = true;
  picker.addEventListener("change", update);
})();
