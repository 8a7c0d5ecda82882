// No trace in the browser's history: the portal holds a single history entry.
//
// A link or a GET form (search) on the portal opens the next page with location.replace(),
// so it takes the place of the page before instead of adding one. The feedback form
// (data-send-in-place) is sent with fetch and the answer (thank-you page, or the form with its
// errors) is put in place of this page; history.replaceState gives the entry the new address.
// Back therefore leaves the portal at once, and after the quick exit (which replaces that one
// entry with a neutral site) it never shows a portal page. The page's own "Tillbaka" link
// goes to the page before, remembered in sessionStorage, which the quick exit empties.
//
// Typed text is never shown again: text fields are emptied when the page is left and when the
// browser shows it again from its back-forward cache.
//
// Every listener is on document (event delegation), so it keeps working after the page's
// <body> is replaced. Without JavaScript, links and the form work as ordinary ones.
(function () {
  "use strict";

  var STACK_KEY = "barnensrost:tillbaka";
  var STACK_MAX = 30;

  // --- The page's own way back ---------------------------------------------------------

  function readStack() {
    try {
      var stack = JSON.parse(window.sessionStorage.getItem(STACK_KEY) || "[]");
      return Array.isArray(stack) ? stack : [];
    } catch (error) {
      return [];
    }
  }

  function writeStack(stack) {
    try {
      window.sessionStorage.setItem(STACK_KEY, JSON.stringify(stack.slice(-STACK_MAX)));
    } catch (error) {
      // Storage may be off (private mode in old browsers): the Tillbaka link stays hidden.
    }
  }

  function here() {
    return window.location.pathname + window.location.search;
  }

  function remember() {
    var stack = readStack();
    if (stack[stack.length - 1] !== here()) {
      stack.push(here());
    }
    writeStack(stack);
  }

  function showBackLink() {
    var stack = readStack();
    document.querySelectorAll("[data-portal-back]").forEach(function (link) {
      var previous = stack[stack.length - 1];
      link.hidden = !previous;
      if (previous) {
        link.setAttribute("href", previous);
      }
    });
  }

  function goBack() {
    var stack = readStack();
    var previous = stack.pop();
    writeStack(stack);
    window.location.replace(previous || "/");
  }

  // --- Typed text is never kept ----------------------------------------------------------

  var TEXT_TYPES = ["", "text", "search", "email", "tel", "url", "number", "password"];

  function isTextField(field) {
    if (field.tagName === "TEXTAREA") {
      return true;
    }
    return field.tagName === "INPUT" && TEXT_TYPES.indexOf((field.type || "").toLowerCase()) >= 0;
  }

  function clearTypedText() {
    document.querySelectorAll("textarea, input").forEach(function (field) {
      if (isTextField(field)) {
        field.value = "";
        field.defaultValue = "";
      }
    });
  }

  function forget() {
    try {
      window.sessionStorage.clear();
    } catch (error) {
      // Nothing stored.
    }
  }

  // For the quick exit (quick-exit.js): empty the fields and the way back before leaving.
  window.barnensRostNoTrace = { clearTypedText: clearTypedText, forget: forget };

  window.addEventListener("pagehide", clearTypedText);
  window.addEventListener("pageshow", function (event) {
    var navigation = window.performance && performance.getEntriesByType
      ? performance.getEntriesByType("navigation")[0]
      : null;
    if (event.persisted || (navigation && navigation.type === "back_forward")) {
      clearTypedText();
    }
    showBackLink();
  });

  // --- Links and GET forms replace the page ----------------------------------------------

  function replaceWith(url) {
    remember();
    window.location.replace(url);
  }

  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0) {
      return;
    }
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return; // a new tab or window, as the reader asked
    }
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link || link.hasAttribute("data-quick-exit") || link.hasAttribute("download")) {
      return;
    }
    if (link.target && link.target !== "_self") {
      return;
    }
    if (link.hasAttribute("data-portal-back")) {
      event.preventDefault();
      goBack();
      return;
    }
    var url = new URL(link.href, window.location.href);
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return; // tel:, mailto:: the phone or the mail program, not a page
    }
    if (url.origin !== window.location.origin) {
      // Another site (BRIS): it takes this page's place too, so no portal page waits under it.
      event.preventDefault();
      window.location.replace(url.href);
      return;
    }
    event.preventDefault();
    if (url.pathname === window.location.pathname && url.search === window.location.search) {
      window.location.replace(url.href); // a jump on this page (#hjalp-nu) adds no entry
      return;
    }
    replaceWith(url.href);
  });

  // --- Forms -----------------------------------------------------------------------------

  function formData(form, submitter) {
    var data;
    try {
      data = new FormData(form, submitter || undefined);
    } catch (error) {
      data = new FormData(form);
      if (submitter && submitter.name) {
        data.append(submitter.name, submitter.value);
      }
    }
    return new URLSearchParams(data);
  }

  function focusTarget() {
    var target = document.querySelector(".error-summary") || document.querySelector("main h1");
    if (!target) {
      return;
    }
    if (!target.hasAttribute("tabindex")) {
      target.setAttribute("tabindex", "-1");
    }
    target.focus();
  }

  function putInPlace(html, url) {
    var next = new DOMParser().parseFromString(html, "text/html");
    document.documentElement.lang = next.documentElement.lang;
    document.title = next.title;
    next.head.querySelectorAll("link[rel=stylesheet], script[src]").forEach(function (node) {
      var attribute = node.tagName === "LINK" ? "href" : "src";
      var value = node.getAttribute(attribute);
      var selector = node.tagName.toLowerCase() + "[" + attribute + '="' + CSS.escape(value) + '"]';
      if (document.head.querySelector(selector)) {
        return;
      }
      if (node.tagName === "LINK") {
        document.head.appendChild(document.importNode(node, true));
      } else {
        var script = document.createElement("script");
        script.src = value;
        document.head.appendChild(script);
      }
    });
    document.documentElement.replaceChild(document.importNode(next.body, true), document.body);
    if (url) {
      remember();
      window.history.replaceState(null, "", url);
    }
    window.scrollTo(0, 0);
    showBackLink();
    focusTarget();
    document.dispatchEvent(new CustomEvent("barnensrost:page-replaced"));
  }

  function sendInPlace(form, submitter) {
    var body = formData(form, submitter);
    var button = submitter || form.querySelector("[type=submit]");
    if (button) {
      button.disabled = true;
    }
    form.setAttribute("aria-busy", "true");
    window
      .fetch(form.action, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        cache: "no-store",
        redirect: "follow",
      })
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        if (type.indexOf("text/html") !== 0) {
          throw new Error("not a page");
        }
        return response.text().then(function (html) {
          var moved = response.redirected && new URL(response.url).origin === window.location.origin;
          putInPlace(html, moved ? response.url : null);
        });
      })
      .catch(function () {
        // The answer must not be lost: send it the ordinary way.
        if (button) {
          button.disabled = false;
        }
        HTMLFormElement.prototype.submit.call(form);
      });
  }

  document.addEventListener("submit", function (event) {
    if (event.defaultPrevented) {
      return; // another check (personal data) holds the form back and sends it later
    }
    var form = event.target;
    var submitter = event.submitter || null;
    var method = ((submitter && submitter.getAttribute("formmethod")) || form.method || "get");
    if (form.target && form.target !== "_self") {
      return;
    }
    if (method.toLowerCase() === "get") {
      event.preventDefault();
      var action = submitter && submitter.hasAttribute("formaction") ? submitter.formAction : form.action;
      var url = new URL(action, window.location.href);
      url.search = formData(form, submitter).toString();
      if (url.origin === window.location.origin) {
        replaceWith(url.href);
      } else {
        window.location.replace(url.href);
      }
      return;
    }
    if (form.hasAttribute("data-send-in-place") && window.fetch && window.DOMParser) {
      event.preventDefault();
      sendInPlace(form, submitter);
    }
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", showBackLink);
  } else {
    showBackLink();
  }
})();
