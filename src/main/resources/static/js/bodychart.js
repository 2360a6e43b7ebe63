// The interactive body chart: each drawn region toggles the matching checkbox in the region list, by pointer
// or keyboard (Space / Enter), and both stay in step. The list alone works without JavaScript.
(function () {
  "use strict";
  function sync(name) {
    var box = document.getElementById("region-" + name);
    if (!box) { return; }
    document.querySelectorAll('.bodychart.interactive [data-region="' + name + '"]').forEach(function (shape) {
      shape.classList.toggle("selected", box.checked);
      shape.setAttribute("aria-checked", box.checked ? "true" : "false");
    });
    var row = document.querySelector('[data-region-row="' + name + '"]');
    if (row) { row.classList.toggle("chosen", box.checked); }
  }
  function toggle(name) {
    var box = document.getElementById("region-" + name);
    if (!box) { return; }
    box.checked = !box.checked;
    sync(name);
    box.dispatchEvent(new Event("change", { bubbles: true }));
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".bodychart.interactive [data-region]").forEach(function (shape) {
      shape.addEventListener("click", function () { toggle(shape.dataset.region); });
      shape.addEventListener("keydown", function (event) {
        if (event.key === " " || event.key === "Enter") {
          event.preventDefault();
          toggle(shape.dataset.region);
        }
      });
    });
    document.querySelectorAll('input[name="region"]').forEach(function (box) {
      box.addEventListener("change", function () { sync(box.value); });
    });
  });
})();
