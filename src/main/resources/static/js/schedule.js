// Reschedule by drag, in the day and week views: an appointment block dropped on another slot (in the day view,
// perhaps another therapist's column) fills the page's move form and posts it, so the server reschedules it as the
// form on the appointment's page does (that form stays the keyboard's way) and answers with the view again, saying
// what happened. Only pages whose user may book carry the move form; only open appointments are "movable".
(function () {
  "use strict";
  var STEP = 15; // minutes per row (ScheduleGrid.STEP_MINUTES)

  // The slot under the pointer: a cell spanning several rows starts at its first row's time.
  function slotAt(cell, clientY) {
    var slot = cell.getAttribute("data-slot");
    var rows = cell.rowSpan || 1;
    if (rows < 2 || !clientY) {
      return slot;
    }
    var box = cell.getBoundingClientRect();
    var row = Math.max(0, Math.min(rows - 1, Math.floor((clientY - box.top) / box.height * rows)));
    var parts = slot.split("T");
    var hm = parts[1].split(":");
    var minutes = parseInt(hm[0], 10) * 60 + parseInt(hm[1], 10) + row * STEP;
    var hh = Math.floor(minutes / 60);
    var mm = minutes % 60;
    return parts[0] + "T" + (hh < 10 ? "0" : "") + hh + ":" + (mm < 10 ? "0" : "") + mm;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("move-form");
    var grid = document.getElementById("schedule-grid");
    if (!form || !grid) {
      return;
    }
    var dragged = null;
    grid.querySelectorAll("a.appointment.movable").forEach(function (block) {
      block.draggable = true;
      block.addEventListener("dragstart", function (event) {
        dragged = block;
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", block.getAttribute("href"));
        block.classList.add("dragging");
      });
      block.addEventListener("dragend", function () {
        block.classList.remove("dragging");
        dragged = null;
      });
    });
    grid.addEventListener("dragover", function (event) {
      if (dragged && event.target.closest && event.target.closest("td[data-slot]")) {
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
      }
    });
    grid.addEventListener("drop", function (event) {
      var cell = event.target.closest ? event.target.closest("td[data-slot]") : null;
      if (!dragged || !cell) {
        return;
      }
      event.preventDefault();
      form.setAttribute("action", dragged.getAttribute("href") + "/move");
      form.querySelector("[name=slot]").value = slotAt(cell, event.clientY);
      form.querySelector("[name=therapistId]").value = cell.getAttribute("data-therapist") || "";
      dragged = null;
      form.submit();
    });
  });
})();
