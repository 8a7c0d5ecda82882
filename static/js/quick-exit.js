// Quick exit ("Lämna sidan snabbt"): the button, or Shift pressed three times within
// two seconds (on its own, not with letters in between), replaces this page with a neutral site. location.replace() keeps the portal
// out of the history, so Back does not return here.
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
