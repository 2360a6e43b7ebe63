// The examination page: the clickable spine diagram (palpation) and the posture photo landmarks. Both write
// into ordinary form fields, so what is saved is exactly what the therapist sees; keyboard works like a tap.
(function () {
  "use strict";

  function field(name) {
    return document.querySelector('input[name="' + name + '"]');
  }

  // ---- Palpation: a tap marks tenderness (cycling 0-3), spasm or a trigger point, per the chosen mode.
  function describe(site) {
    var parts = [];
    var tender = parseInt(field("palp." + site).value || "0", 10);
    if (tender > 0) { parts.push("tenderness " + tender); }
    if (field("spasm." + site).value) { parts.push("spasm"); }
    if (field("trigger." + site).value) { parts.push("trigger point"); }
    return parts;
  }
  function siteName(site) {
    if (site.charAt(0) === "T") { return site; }
    return "Rib " + site.slice(1, -1) + (site.slice(-1) === "L" ? " left" : " right");
  }
  function paint(button) {
    var site = button.dataset.site;
    var tender = parseInt(field("palp." + site).value || "0", 10);
    button.classList.remove("t0", "t1", "t2", "t3");
    button.classList.add("t" + tender);
    button.classList.toggle("spasm", !!field("spasm." + site).value);
    button.classList.toggle("trigger", !!field("trigger." + site).value);
    var parts = describe(site);
    button.setAttribute("aria-label", siteName(site) + ": " + (parts.length ? parts.join(", ") : "nothing marked"));
  }
  function summarise() {
    var list = document.querySelector(".palpation-summary");
    if (!list) { return; }
    list.textContent = "";
    document.querySelectorAll(".spine .site").forEach(function (button) {
      var parts = describe(button.dataset.site);
      if (parts.length) {
        var item = document.createElement("li");
        item.textContent = siteName(button.dataset.site) + ": " + parts.join(", ");
        list.appendChild(item);
      }
    });
  }
  function tap(button) {
    var site = button.dataset.site;
    var mode = (document.querySelector('input[name="palpMode"]:checked') || { value: "palp" }).value;
    var input = field(mode + "." + site);
    if (mode === "palp") {
      input.value = String((parseInt(input.value || "0", 10) + 1) % 4);
    } else {
      input.value = input.value ? "" : "on";
    }
    paint(button);
    summarise();
  }

  // ---- Posture photo: clicks become landmark coordinates in the photo's own pixels.
  function angle() {
    var tx = parseFloat(field("tragusX").value), ty = parseFloat(field("tragusY").value);
    var cx = parseFloat(field("c7X").value), cy = parseFloat(field("c7Y").value);
    var out = document.getElementById("cva");
    if ([tx, ty, cx, cy].some(isNaN) || ty >= cy) { out.textContent = "—"; return; }
    var degrees = Math.atan2(cy - ty, Math.abs(tx - cx)) * 180 / Math.PI;
    out.textContent = degrees.toFixed(1) + "°" + (degrees < 50 ? " — below the 50° research convention for forward head posture" : "");
  }
  function place(img) {
    var scale = img.clientWidth / parseFloat(img.dataset.width);
    var frame = img.parentElement;
    var points = {};
    ["tragus", "c7"].forEach(function (mark) {
      var x = parseFloat(field(mark + "X").value), y = parseFloat(field(mark + "Y").value);
      var marker = frame.querySelector(".mark." + mark);
      if (isNaN(x) || isNaN(y)) { marker.hidden = true; return; }
      marker.hidden = false;
      marker.style.left = (x * scale) + "px";
      marker.style.top = (y * scale) + "px";
      points[mark] = [x * scale, y * scale];
    });
    var svg = frame.querySelector(".cva-line");
    var line = svg.querySelector("line");
    svg.setAttribute("width", img.clientWidth);
    svg.setAttribute("height", img.clientHeight);
    if (points.tragus && points.c7) {
      line.setAttribute("x1", points.c7[0]); line.setAttribute("y1", points.c7[1]);
      line.setAttribute("x2", points.tragus[0]); line.setAttribute("y2", points.tragus[1]);
      svg.style.display = "block";
    } else {
      svg.style.display = "none";
    }
    angle();
  }
  function mark(img, event) {
    var rect = img.getBoundingClientRect();
    var scale = parseFloat(img.dataset.width) / rect.width;
    var modeInput = document.querySelector('input[name="markMode"]:checked');
    var which = modeInput ? modeInput.value : "tragus";
    field(which + "X").value = ((event.clientX - rect.left) * scale).toFixed(1);
    field(which + "Y").value = ((event.clientY - rect.top) * scale).toFixed(1);
    if (which === "tragus") {
      var next = document.querySelector('input[name="markMode"][value="c7"]');
      if (next) { next.checked = true; }
    }
    place(img);
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".spine .site").forEach(function (button) {
      paint(button);
      button.addEventListener("click", function () { tap(button); });
    });
    summarise();

    var img = document.getElementById("posture-photo");
    if (img) {
      var ready = function () { place(img); };
      if (img.complete) { ready(); } else { img.addEventListener("load", ready); }
      window.addEventListener("resize", ready);
      img.addEventListener("click", function (event) { mark(img, event); });
      ["tragusX", "tragusY", "c7X", "c7Y"].forEach(function (name) {
        field(name).addEventListener("input", ready);
      });
    }

    // Say so at once when a photo is too big, rather than after a long upload.
    var file = document.getElementById("photoFile");
    if (file) {
      file.addEventListener("change", function () {
        var max = parseInt(file.dataset.maxBytes, 10);
        file.setCustomValidity(file.files.length && file.files[0].size > max
          ? "The photo is larger than 10 MB; take it at a lower resolution" : "");
        file.reportValidity();
      });
    }
  });
})();
