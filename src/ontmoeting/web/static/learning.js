// Practice chat: send the chat's forms with fetch and swap in the server's fragment, so the page does not
// reload. Without this file every form posts normally and the server shows the whole page again.
(function () {
  "use strict";

  function live() { return document.querySelector("[data-practice-live]"); }

  function settle() {
    var region = live();
    if (!region) return;
    var exchanges = region.querySelectorAll(".exchange");
    var last = exchanges[exchanges.length - 1];
    var feedback = region.querySelector(".pr-feedback");
    var target = feedback && feedback.children.length ? feedback : last;
    if (target && target.scrollIntoView) target.scrollIntoView({ block: "nearest" });
    var box = region.querySelector("textarea[name=text]");
    if (box && !box.disabled) box.focus();
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-practice-form") || !window.fetch || event.defaultPrevented) return;
    event.preventDefault();
    var body = new FormData(form);
    var token = body.get("csrf_token");
    var region = live();
    if (region) region.setAttribute("aria-busy", "true");
    fetch(form.action, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "x-partial": "1", "x-csrf-token": token || "" }
    }).then(function (response) {
      return response.text().then(function (html) {
        if (html.indexOf("data-practice-live") === -1) throw new Error("not a fragment");
        var holder = document.createElement("div");
        holder.innerHTML = html;
        var fresh = holder.querySelector("[data-practice-live]");
        live().replaceWith(fresh);
        settle();
      });
    }).catch(function () {
      form.submit(); // let the server show the whole page (and any error) the ordinary way
    });
  });

  // Enter sends, Shift+Enter makes a new line.
  document.addEventListener("keydown", function (event) {
    var box = event.target;
    if (box.name !== "text" || box.tagName !== "TEXTAREA" || event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    if (box.value.trim() && box.form.requestSubmit) box.form.requestSubmit();
  });

  document.addEventListener("DOMContentLoaded", function () {
    if (live() && location.hash === "#say") settle();
  });
})();
