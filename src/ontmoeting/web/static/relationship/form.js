// Progressive enhancement for the relatiefeedback form: show each slider's value live and give screen readers
// the value with its meaning. The form works without this file (the tick numbers show the scale).
(function () {
  document.documentElement.classList.remove("no-js");
  function describe(input) {
    var text = (input.dataset.valuetext || "{v}").replace("{v}", input.value);
    var min = Number(input.min), max = Number(input.max), value = Number(input.value);
    if (value === min && input.dataset.low) text += " (" + input.dataset.low + ")";
    if (value === max && input.dataset.high) text += " (" + input.dataset.high + ")";
    input.setAttribute("aria-valuetext", text);
    var out = document.getElementById(input.id + "-out");
    if (out) out.textContent = input.value;
    input.style.setProperty("--fill", ((value - min) / (max - min) * 100) + "%");
  }
  document.addEventListener("DOMContentLoaded", function () {
    var inputs = document.querySelectorAll(".rel-form input[type=range]");
    Array.prototype.forEach.call(inputs, function (input) {
      describe(input);
      input.addEventListener("input", function () { describe(input); });
    });
  });
})();
