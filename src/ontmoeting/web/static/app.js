// Small progressive enhancements; every page works without this file.
(function () {
  "use strict";

  // Ask before destructive actions (forms with data-confirm).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
      return;
    }
    var busy = form.querySelector("[data-busy-text]");
    if (busy) {
      busy.disabled = true;
      busy.textContent = busy.getAttribute("data-busy-text");
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    // Mobile navigation toggle.
    var toggle = document.querySelector("[data-toggle-nav]");
    if (toggle) {
      toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") === "true";
        toggle.setAttribute("aria-expanded", String(!open));
        document.body.classList.toggle("nav-open", !open);
      });
    }

    // Tabs: show one panel at a time; without JS both panels are shown one after the other.
    document.querySelectorAll("[data-tabs]").forEach(function (list) {
      var tabs = Array.prototype.slice.call(list.querySelectorAll("[role=tab]"));
      function select(tab) {
        tabs.forEach(function (other) {
          var selected = other === tab;
          other.setAttribute("aria-selected", String(selected));
          other.tabIndex = selected ? 0 : -1;
          var panel = document.getElementById(other.getAttribute("aria-controls"));
          if (panel) panel.hidden = !selected;
        });
      }
      tabs.forEach(function (tab, position) {
        tab.addEventListener("click", function (event) {
          event.preventDefault();
          select(tab);
          history.replaceState(null, "", tab.getAttribute("href"));
        });
        tab.addEventListener("keydown", function (event) {
          var step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
          if (step) {
            var next = tabs[(position + step + tabs.length) % tabs.length];
            select(next);
            next.focus();
          }
        });
      });
      var wanted = tabs.filter(function (tab) { return tab.getAttribute("href") === location.hash; })[0];
      select(wanted || tabs[0]);
      list.classList.add("tabs-ready");
    });

    // Selects that save on change (the button stays for keyboard and no-JS users).
    document.querySelectorAll("form[data-autosubmit] select").forEach(function (select) {
      select.addEventListener("change", function () { select.form.requestSubmit(); });
    });
  });
})();
