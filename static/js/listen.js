/* Lyssna: reads the page's main content aloud with the device's own speech synthesis (sv-SE).
   No external service. The button stays hidden where the browser cannot speak Swedish.

   The content is read block by block (headings, paragraphs, list items, labels, legends...),
   one utterance per sentence, so a heading never runs into the next sentence; the block being
   read gets the class "listen-reading" (a visible highlight), removed when it ends or on stop.
   Not read: the button itself, other buttons and form controls, glossary explanations, hidden
   content and anything aria-hidden. Escape, leaving the page (pagehide), the quick exit
   (quick-exit.js cancels speech itself) and a page put in place by no-trace.js stop reading;
   after "barnensrost:page-replaced" the new page's button is set up. */
(function () {
  "use strict";
  if (!("speechSynthesis" in window) || !("SpeechSynthesisUtterance" in window)) {
    return;
  }
  var synth = window.speechSynthesis;
  var READING = "listen-reading";
  var BUTTONS = "[data-listen-target]";
  // The innermost of these around a piece of text is the block it is read (and highlighted) with.
  var BLOCKS = [
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "dt", "dd", "label", "legend", "summary",
    "figcaption", "caption", "th", "td", "blockquote", "address", "pre",
    "div", "section", "article", "aside", "nav", "header", "footer", "form", "fieldset",
    "figure", "ul", "ol", "dl", "table", "tr", "details", "main",
  ].join(",");
  var SKIPPED = [
    "[data-listen-bar]", "button", "input", "select", "textarea", "option", "script", "style",
    "noscript", "template", "svg", "[hidden]", "[aria-hidden='true']", ".term-explanations",
  ].join(",");
  // A sentence ends at . ! ? or … followed by space and something that starts a new sentence.
  var SENTENCE_END = /[.!?…]+["”»')]*\s+(?=["“«(]?[A-ZÅÄÖÉÜ0-9])/g;

  var session = null; // {button, parts, index, element}

  function swedishVoice() {
    var voices = synth.getVoices();
    for (var i = 0; i < voices.length; i++) {
      if (voices[i].lang && voices[i].lang.toLowerCase().replace("_", "-").indexOf("sv") === 0) {
        return voices[i];
      }
    }
    return null;
  }

  function rendered(element) {
    if (element.checkVisibility) {
      return element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true });
    }
    return element.getClientRects().length > 0;
  }

  function sentences(text) {
    var out = [];
    var start = 0;
    var match;
    SENTENCE_END.lastIndex = 0;
    while ((match = SENTENCE_END.exec(text)) !== null) {
      out.push(text.slice(start, match.index + match[0].length).trim());
      start = match.index + match[0].length;
    }
    out.push(text.slice(start).trim());
    return out.filter(Boolean);
  }

  // The readable text under root as [{element, text}], one entry per sentence, in page order.
  function partsOf(root) {
    var groups = [];
    var current = null;
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        if (node.nodeType === Node.ELEMENT_NODE) {
          if (node.matches(SKIPPED) || !rendered(node)) {
            return NodeFilter.FILTER_REJECT;
          }
          return node.tagName === "BR" ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
        }
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    var node;
    while ((node = walker.nextNode()) !== null) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        current = null; // a line break ends the group
        continue;
      }
      var block = node.parentElement.closest(BLOCKS);
      if (!block || !root.contains(block)) {
        block = root;
      }
      if (!current || current.element !== block) {
        current = { element: block, text: "" };
        groups.push(current);
      }
      current.text += node.nodeValue;
    }
    var parts = [];
    groups.forEach(function (group) {
      sentences(group.text.replace(/\s+/g, " ").trim()).forEach(function (text) {
        parts.push({ element: group.element, text: text });
      });
    });
    return parts;
  }

  function highlight(element) {
    if (session.element && session.element !== element) {
      session.element.classList.remove(READING);
    }
    session.element = element;
    if (element) {
      element.classList.add(READING);
    }
  }

  function showState(button, reading) {
    var label = button.querySelector(".listen-button__label");
    button.setAttribute("aria-pressed", reading ? "true" : "false");
    label.textContent = button.getAttribute(reading ? "data-label-stop" : "data-label-start");
  }

  function stop() {
    if (!session) {
      return;
    }
    var ended = session;
    highlight(null);
    session = null;
    synth.cancel();
    showState(ended.button, false);
  }

  function speakNext(current) {
    if (session !== current) {
      return;
    }
    if (current.index >= current.parts.length) {
      stop();
      return;
    }
    var part = current.parts[current.index];
    current.index += 1;
    var utterance = new SpeechSynthesisUtterance(part.text);
    utterance.lang = "sv-SE";
    utterance.voice = swedishVoice();
    utterance.rate = 0.9;
    utterance.onstart = function () {
      if (session === current) {
        highlight(part.element);
      }
    };
    utterance.onend = function () {
      if (session === current) {
        highlight(null);
        speakNext(current);
      }
    };
    utterance.onerror = function () {
      if (session === current) {
        stop();
      }
    };
    synth.speak(utterance);
  }

  function start(button) {
    var target = document.querySelector(button.getAttribute("data-listen-target"));
    var parts = target ? partsOf(target) : [];
    if (!parts.length) {
      return;
    }
    synth.cancel();
    session = { button: button, parts: parts, index: 0, element: null };
    showState(button, true);
    speakNext(session);
  }

  function showIfSwedish() {
    var none = swedishVoice() === null;
    document.querySelectorAll(BUTTONS).forEach(function (button) {
      var bar = button.closest("[data-listen-bar]") || button;
      bar.hidden = none;
    });
    if (none) {
      stop();
    }
  }

  function setUp() {
    document.querySelectorAll(BUTTONS).forEach(function (button) {
      if (!button.hasAttribute("data-label-start")) {
        button.setAttribute("data-label-start", button.querySelector(".listen-button__label").textContent);
      }
    });
    showIfSwedish();
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(BUTTONS);
    if (!button) {
      return;
    }
    var wasReading = session && session.button === button;
    stop();
    if (!wasReading) {
      start(button);
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && session) {
      stop();
    }
  });

  window.addEventListener("pagehide", stop);
  document.addEventListener("barnensrost:page-replaced", function () {
    stop();
    setUp();
  });
  if (synth.addEventListener) {
    synth.addEventListener("voiceschanged", showIfSwedish);
  } else {
    synth.onvoiceschanged = showIfSwedish;
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
