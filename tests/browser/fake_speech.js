// A stand-in for the browser's speech synthesis, injected with context.add_init_script before
// any page script runs (test_listen.py). Headless Chromium has no Swedish voice, so the Lyssna
// button would stay hidden; this offers one voice in window.__FAKE_VOICE_LANG (sv-SE unless
// set) and plays each utterance as a real one does: onstart, then onend, asynchronously.
//
// window.__fakeSpeech.log holds what was "spoken": each utterance's text, language and voice,
// and the text of every element with the highlight class right after its onstart ran.
// With __fakeSpeech.hold = true an utterance keeps speaking until __fakeSpeech.end().
// Each speak and cancel is also reported to window.reportSpeech when the test exposes it
// (it outlives the page, e.g. across the quick exit).
(function () {
  "use strict";
  var HIGHLIGHT = "listen-reading";
  var voice = {
    name: "Teströst",
    lang: window.__FAKE_VOICE_LANG || "sv-SE",
    voiceURI: "test-voice",
    localService: true,
    default: true,
  };
  var state = { hold: false, current: null, queue: [], log: [], cancels: 0 };

  function report(kind, text) {
    if (typeof window.reportSpeech === "function") {
      window.reportSpeech({ kind: kind, text: text || "", bodyHidden: !!(document.body && document.body.hidden) });
    }
  }

  function FakeUtterance(text) {
    var target = new EventTarget();
    target.text = text || "";
    target.lang = "";
    target.voice = null;
    target.rate = 1;
    target.pitch = 1;
    target.volume = 1;
    target.onstart = target.onend = target.onerror = target.onboundary = null;
    return target;
  }

  function fire(utterance, type, extra) {
    var event = new Event(type);
    Object.assign(event, { utterance: utterance }, extra || {});
    if (typeof utterance["on" + type] === "function") {
      utterance["on" + type](event);
    }
    utterance.dispatchEvent(event);
  }

  function finish(utterance) {
    if (state.current !== utterance) {
      return;
    }
    state.current = null;
    fire(utterance, "end");
    next();
  }

  function next() {
    if (state.current || !state.queue.length) {
      return;
    }
    var utterance = state.queue.shift();
    state.current = utterance;
    setTimeout(function () {
      if (state.current !== utterance) {
        return;
      }
      fire(utterance, "start");
      state.log.push({
        text: utterance.text,
        lang: utterance.lang,
        voice: utterance.voice ? utterance.voice.lang : null,
        highlighted: Array.prototype.map.call(document.querySelectorAll("." + HIGHLIGHT), function (el) {
          return el.textContent.replace(/\s+/g, " ").trim();
        }),
      });
      if (!state.hold) {
        setTimeout(function () {
          finish(utterance);
        }, 2);
      }
    }, 2);
  }

  var synth = new EventTarget();
  synth.getVoices = function () {
    return [voice];
  };
  synth.speak = function (utterance) {
    report("speak", utterance.text);
    state.queue.push(utterance);
    next();
  };
  synth.cancel = function () {
    state.cancels += 1;
    report("cancel");
    var current = state.current;
    state.queue = [];
    state.current = null;
    if (current) {
      setTimeout(function () {
        fire(current, "error", { error: "interrupted" });
      }, 0);
    }
  };
  synth.pause = synth.resume = function () {};
  Object.defineProperty(synth, "speaking", { get: function () { return !!state.current; } });
  Object.defineProperty(synth, "pending", { get: function () { return state.queue.length > 0; } });
  synth.onvoiceschanged = null;

  state.end = function () {
    if (state.current) {
      finish(state.current);
    }
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: FakeUtterance, configurable: true, writable: true });
  window.__fakeSpeech = state;
})();
