// diplocal's progressive enhancement: the pages work without it.
// 1. "Copy link" buttons copy the feed address next to them.
// 2. The search box narrows the lists as you type (the form still searches on the server).
(function () {
  "use strict";

  // The same folding as the server's Search.fold: no case, no accents, "Đặng" → "dang".
  var PLAIN = { "đ": "d", "ħ": "h", "ł": "l", "ø": "o", "œ": "oe", "æ": "ae", "ß": "ss", "ı": "i", "þ": "th", "ŀ": "l" };
  function fold(s) {
    return s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase()
      .replace(/[đħłøœæßıþŀ]/g, function (c) { return PLAIN[c]; }).replace(/-/g, " ")
      .replace(/[\s\p{Z}]+/gu, " ").trim();
  }

  function setupCopy() {
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      var input = document.getElementById(button.getAttribute("data-copy"));
      if (!input) { return; }
      button.hidden = false;
      button.addEventListener("click", function () {
        var done = function () {
          button.textContent = "Copied";
          setTimeout(function () { button.textContent = "Copy link"; }, 2000);
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(input.value).then(done, function () { fallback(input, done); });
        } else {
          fallback(input, done);
        }
      });
    });
  }

  function fallback(input, done) {
    input.focus();
    input.select();
    try { if (document.execCommand("copy")) { done(); } } catch (e) { /* the text stays selected for Ctrl+C */ }
  }

  function setupFilter() {
    var box = document.querySelector("input[data-filter]");
    if (!box) { return; }
    var selector = box.getAttribute("data-filter");
    var status = document.getElementById("filter-status");
    var items = Array.prototype.slice.call(document.querySelectorAll(selector));
    var apply = function () {
      var words = fold(box.value).split(" ").filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var text = item.getAttribute("data-search") || "";
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        item.hidden = !match;
        if (match) { shown++; }
      });
      document.querySelectorAll("section").forEach(function (section) {
        var list = section.querySelectorAll(selector);
        if (list.length === 0) { return; }
        var visible = Array.prototype.some.call(list, function (el) { return !el.hidden; });
        section.classList.toggle("no-match", !visible);
      });
      if (status) {
        status.textContent = words.length ? shown + " of " + items.length + " items match “" + box.value.trim() + "”." : "";
      }
    };
    box.addEventListener("input", apply);
  }

  function start() {
    setupCopy();
    setupFilter();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
