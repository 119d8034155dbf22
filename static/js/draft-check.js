/*
 * Live "Check my draft": while the author types, ask the site's checker about the words
 * (after a pause) and show what it found, marked in the text. Without JavaScript the
 * "Check my draft" button does the same thing with a page load.
 *
 * The form opts in with data-draft-check-url, data-draft-check-kind,
 * data-draft-check-fields (space-separated field names) and data-draft-check-target
 * (the id of the element to fill).
 */
(function () {
  "use strict";

  var PAUSE_MS = 900;

  function setUp(form) {
    var url = form.getAttribute("data-draft-check-url");
    var kind = form.getAttribute("data-draft-check-kind") || "post";
    var names = (form.getAttribute("data-draft-check-fields") || "body").split(" ");
    var target = document.getElementById(form.getAttribute("data-draft-check-target"));
    var status = document.getElementById(form.getAttribute("data-draft-check-status"));
    var tokenInput = form.querySelector("input[name=csrfmiddlewaretoken]");
    if (!url || !target || !tokenInput || !window.fetch) {
      return;
    }
    var timer = null;
    var lastSent = null;
    var inFlight = null;

    function currentText() {
      return names.map(function (name) {
        var field = form.elements.namedItem(name);
        return field ? field.value : "";
      });
    }

    function say(message) {
      if (status) {
        status.textContent = message;
      }
    }

    function check() {
      var values = currentText();
      var key = values.join("\u0000");
      if (key === lastSent || key.replace(/\u0000/g, "").trim() === "") {
        return;
      }
      lastSent = key;
      var data = new FormData();
      data.append("kind", kind);
      names.forEach(function (name, index) {
        data.append(name, values[index]);
      });
      if (inFlight) {
        inFlight.abort();
      }
      inFlight = new AbortController();
      say("Checking…");
      fetch(url, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-CSRFToken": tokenInput.value, Accept: "application/json" },
        signal: inFlight.signal
      })
        .then(function (response) {
          return response.json().then(function (body) {
            return { ok: response.ok, body: body };
          });
        })
        .then(function (result) {
          if (!result.ok) {
            say(result.body.error || "The live check is resting. Use Check my draft.");
            return;
          }
          // The server renders this from an escaping template: it is the same panel the
          // Check my draft button shows.
          target.innerHTML = result.body.html;
          var count = result.body.findings.length;
          say(count === 0 ? "The check found nothing to change." :
            "The check found " + count + (count === 1 ? " thing" : " things") + " to look at.");
        })
        .catch(function (error) {
          if (error && error.name === "AbortError") {
            return;
          }
          lastSent = null;
          say("The live check couldn't run. Use Check my draft.");
        });
    }

    form.addEventListener("input", function (event) {
      if (names.indexOf(event.target.name) === -1) {
        return;
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(check, PAUSE_MS);
    });
  }

  document.querySelectorAll("form[data-draft-check-url]").forEach(setUp);
})();
