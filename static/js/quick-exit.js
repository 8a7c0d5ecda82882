// Quick exit ("Lämna sidan snabbt"): the button, or Shift pressed three times within
// two seconds (on its own, not with letters in between), replaces this page with a neutral
// site. Typed text and the portal's own way back (no-trace.js) are emptied first. The portal
// holds a single history entry (no-trace.js) and location.replace() puts the neutral site in
// its place, so Back does not return to the portal. The hint "eller tryck på Shift tre gånger"
// is shown by CSS where there is a mouse; a Shift or Tab key pressed shows it anywhere.
(function () {
  "use strict";

  var SHIFT_PRESSES = 3;
  var WINDOW_MS = 2000;
  var presses = [];

  function exitTarget() {
    var button = document.querySelector("[data-quick-exit]");
    return button ? button.getAttribute("data-quick-exit") : "https://www.smhi.se/";
  }

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    var noTrace = window.barnensRostNoTrace;
    if (noTrace) {
      noTrace.clearTypedText();
      noTrace.forget();
    }
    if (window.speechSynthesis) {
      window.speechSynthesis.cancel(); // Lyssna must not go on reading the portal aloud
    }
    document.title = "";
    document.body.hidden = true;
    window.location.replace(exitTarget());
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest && event.target.closest("[data-quick-exit]");
    if (target) {
      leave(event);
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Shift" || event.key === "Tab") {
      // Only a real keyboard has these: now the Shift hint means something.
      document.documentElement.classList.add("has-keyboard");
    }
    if (event.key !== "Shift") {
      // Shift together with another key is a capital letter: a child writing "Jag, Mamma
      // och Pappa" in the feedback form must not be thrown out of the page.
      presses = [];
      return;
    }
    if (event.repeat) {
      return;
    }
    var now = Date.now();
    presses = presses.filter(function (t) {
      return now - t < WINDOW_MS;
    });
    presses.push(now);
    if (presses.length >= SHIFT_PRESSES) {
      presses = [];
      leave();
    }
  });
})();
