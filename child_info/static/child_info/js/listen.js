/* Lyssna: reads the current version aloud with the device's own speech synthesis (sv-SE).
   The button stays hidden where the browser cannot speak Swedish. No external service. */
(function () {
  "use strict";
  if (!("speechSynthesis" in window) || !("SpeechSynthesisUtterance" in window)) {
    return;
  }
  var synth = window.speechSynthesis;

  function swedishVoice() {
    var voices = synth.getVoices();
    for (var i = 0; i < voices.length; i++) {
      if (voices[i].lang && voices[i].lang.toLowerCase().replace("_", "-").indexOf("sv") === 0) {
        return voices[i];
      }
    }
    return null;
  }

  function textOf(element) {
    var clone = element.cloneNode(true);
    clone.querySelectorAll("button, .term-explanations, [aria-hidden='true']").forEach(function (node) {
      node.remove();
    });
    return clone.textContent.replace(/\s+/g, " ").trim();
  }

  function setUp(button) {
    var target = document.querySelector(button.getAttribute("data-listen-target"));
    var label = button.querySelector(".listen-button__label");
    var startText = label.textContent;
    var stopText = button.getAttribute("data-label-stop");
    if (!target) {
      return;
    }

    function reset() {
      button.setAttribute("aria-pressed", "false");
      label.textContent = startText;
    }

    button.addEventListener("click", function () {
      if (synth.speaking) {
        synth.cancel();
        reset();
        return;
      }
      var utterance = new SpeechSynthesisUtterance(textOf(target));
      utterance.lang = "sv-SE";
      utterance.voice = swedishVoice();
      utterance.rate = 0.9;
      utterance.onend = reset;
      utterance.onerror = reset;
      button.setAttribute("aria-pressed", "true");
      label.textContent = stopText;
      synth.speak(utterance);
    });

    function showIfSwedish() {
      button.hidden = swedishVoice() === null;
    }
    showIfSwedish();
    if (synth.addEventListener) {
      synth.addEventListener("voiceschanged", showIfSwedish);
    } else {
      synth.onvoiceschanged = showIfSwedish;
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-listen-target]").forEach(setUp);
  });
})();
