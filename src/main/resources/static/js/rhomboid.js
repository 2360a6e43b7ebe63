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
