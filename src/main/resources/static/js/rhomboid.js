// Rhomboid's only script: no inline scripts anywhere (the CSP forbids them).
(function () {
  "use strict";
  // htmx requests carry the CSRF token like ordinary form posts do.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // After a failed submit, put keyboard focus on the first field that needs attention.
  document.addEventListener("DOMContentLoaded", function () {
    var invalid = document.querySelector('[aria-invalid="true"]');
    if (invalid) {
      invalid.focus();
    }
  });
})();

// Exercise figures move (SVG animation); people who ask their device for less motion see them still.
document.addEventListener('DOMContentLoaded', function () {
    if (window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
        document.querySelectorAll('svg').forEach(function (svg) {
            if (svg.pauseAnimations) { svg.pauseAnimations(); }
        });
    }
});

// "Copy last visit's": a button names the field to fill (data-copy-to) and the text to put in it (data-copy-text);
// the therapist copies on purpose, then edits — never a silent carry-forward.
document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-copy-to]') : null;
    if (!button) { return; }
    var field = document.getElementById(button.getAttribute('data-copy-to'));
    if (!field) { return; }
    field.value = button.getAttribute('data-copy-text');
    field.dispatchEvent(new Event('change', { bubbles: true }));
    field.focus();
});
// A file over its form's limit is refused at once, beside its field, instead of after a long upload: the form
// keeps everything typed. Inputs opt in with data-max-bytes and the message in data-too-large.
(function () {
  "use strict";
  function fits(input) {
    var max = parseInt(input.dataset.maxBytes, 10);
    var tooLarge = input.files && input.files.length > 0 && input.files[0].size > max;
    var errorId = (input.getAttribute("aria-describedby") || "").split(" ")[0];
    var error = errorId ? document.getElementById(errorId) : null;
    var field = input.closest(".field");
    if (tooLarge) {
      if (!error && errorId) {
        error = document.createElement("p");
        error.id = errorId;
        error.className = "error";
        error.setAttribute("role", "alert");
        input.insertAdjacentElement("afterend", error);
      }
      if (error) {
        error.textContent = input.dataset.tooLarge;
        error.dataset.client = "true";
      }
      input.setAttribute("aria-invalid", "true");
      if (field) { field.classList.add("invalid"); }
    } else if (error && error.dataset.client) {
      error.remove();
      input.setAttribute("aria-invalid", "false");
      if (field) { field.classList.remove("invalid"); }
    }
    return !tooLarge;
  }
  document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("input[type=file][data-too-large]")) {
      fits(event.target);
    }
  });
  document.addEventListener("submit", function (event) {
    var inputs = event.target.querySelectorAll("input[type=file][data-too-large]");
    for (var i = 0; i < inputs.length; i++) {
      if (!fits(inputs[i])) {
        event.preventDefault();
        inputs[i].focus();
        return;
      }
    }
  });
})();
// Irreversible buttons (sign and lock, discard a draft) ask first: the button carries the question in data-confirm.
// The browser's own dialog is keyboard accessible (Enter confirms, Escape cancels); cancelling sends nothing.
document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var question = button && button.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
        event.preventDefault();
        return;
    }
    // A choice that cannot be undone (discharging an episode) asks when it is newly chosen: the select carries the
    // value in data-confirm-value and the question in data-confirm-question.
    var choices = event.target.querySelectorAll ? event.target.querySelectorAll('select[data-confirm-value]') : [];
    for (var i = 0; i < choices.length; i++) {
        var select = choices[i];
        var chosen = select.value === select.getAttribute('data-confirm-value');
        var before = select.querySelector('option[selected]');
        var already = before && before.value === select.value;
        if (chosen && !already && !window.confirm(select.getAttribute('data-confirm-question'))) {
            event.preventDefault();
            return;
        }
    }
});
// A patient's link is shown once: "Copy link" (data-copy-from names the field) puts the whole link on the clipboard
// and says so; where the browser refuses, the link is selected for Ctrl+C / long-press copy.
document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-copy-from]') : null;
    if (!button) { return; }
    var field = document.getElementById(button.getAttribute('data-copy-from'));
    var status = button.parentNode.querySelector('.copy-status');
    if (!field) { return; }
    function say(text) { if (status) { status.textContent = text; } }
    function selectIt() {
        field.focus();
        field.select();
        say('Selected: press Ctrl+C (or long-press and Copy) to copy it.');
    }
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(function () { say('Copied.'); }, selectIt);
    } else {
        selectIt();
    }
});
