// Helps with the intake's yes/no questions; the server still checks every answer on sending.
// - An answered question drops its "Please answer yes or no" at once, and its group's message once nothing in the
//   group is left open.
// - "None of these" answers the group's open questions "no"; answering one of them "yes" unticks it.
(function () {
  "use strict";
  function clear(block) {
    block.classList.remove("invalid");
    block.querySelectorAll(":scope > .error").forEach(function (message) { message.remove(); });
  }
  function open(group) {
    var none = group.querySelector(".none-of-these input");
    if (none && none.checked) { return false; }
    return Array.prototype.some.call(group.querySelectorAll(".yes-no"), function (question) {
      return !question.querySelector("input[type=radio]:checked");
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".yes-no input[type=radio]").forEach(function (radio) {
      radio.addEventListener("change", function () {
        clear(radio.closest(".yes-no"));
        var group = radio.closest(".flag-group");
        if (!group) { return; }
        var none = group.querySelector(".none-of-these input");
        if (radio.value === "yes" && none) { none.checked = false; }
        if (!open(group)) { clear(group); }
      });
    });
    document.querySelectorAll(".flag-group .none-of-these input").forEach(function (none) {
      none.addEventListener("change", function () {
        var group = none.closest(".flag-group");
        if (!none.checked) { return; }
        group.querySelectorAll(".yes-no").forEach(function (question) {
          var no = question.querySelector("input[type=radio][value=no]");
          var yes = question.querySelector("input[type=radio][value=yes]");
          // A "yes" already given stays (the safer answer); the server asks the patient to settle it.
          if (no && !(yes && yes.checked)) { no.checked = true; clear(question); }
        });
        if (!group.querySelector("input[type=radio][value=yes]:checked")) { clear(group); }
      });
    });
  });
})();
