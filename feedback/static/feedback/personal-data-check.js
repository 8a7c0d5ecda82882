/*
 * Before the feedback form is sent, tell the child what in their text looks like personal
 * data, so they can change it. Everything happens in the browser: nothing is sent.
 *
 * The patterns mirror the main ones of the server's redactor (feedback/redaction/): phone
 * numbers and personnummer however the digits are grouped, e-mail addresses (also "kalle at
 * gmail punkt com"), "jag heter X" and "min pappa heter X", social-media handles and street
 * addresses. The server removes what it finds whatever the child chooses here.
 *
 * On the first submit with a find, the submit is cancelled (preventDefault) and the notice
 * is shown and focused. "Ändra" goes to the text; "Skicka ändå" sends with
 * form.requestSubmit(), and that one submit skips the check.
 */
(function () {
    "use strict";

    if (!String.prototype.normalize) {
        return;
    }
    /* The form, its notice and their labels; read again when the page is swapped in place. */
    var form = null;
    var notice = null;
    var list = null;
    var labels = {};
    var skipNextCheck = false;
    var firstHitField = null;

    var W = "[\\p{L}\\p{N}_]";
    var SEP = "[ \\t\\-\\u2010-\\u2015\\u2212./()+]";
    var RUN = new RegExp("(?<![\\p{L}\\p{N}_+])[+(]*\\d(?:" + SEP + "{0,3}\\d)*", "gu");
    var LOCAL = "[\\p{L}\\p{N}_.+-]*" + W;
    /* A space before the @ only when a known top-level domain follows: "@kalle.o" is a handle. */
    var EMAIL_AT = new RegExp(
        LOCAL + "(?:@\\s*" + W + "+(?:\\s*\\.\\s*" + W + "+)*|\\s+@\\s*" + W + "+\\s*\\.\\s*" +
            "(?:com|se|nu|net|org|eu|io|me|info)(?!" + W + "))",
        "giu"
    );
    var EMAIL_SPELLED = new RegExp(
        LOCAL + "\\s*(?:[(\\[]\\s*(?:at|snabel[\\s-]?a)\\s*[)\\]]|\\s(?:at|snabel[\\s-]?a)\\s)\\s*" + W +
            "+(?:\\s*(?:[(\\[]\\s*(?:dot|punkt)\\s*[)\\]]|\\s(?:dot|punkt)\\s|\\.)\\s*" + W + "+)+",
        "giu"
    );
    var HANDLE_AT = new RegExp("(?<![\\p{L}\\p{N}_@.])@" + W + "[\\p{L}\\p{N}_.]*", "gu");
    var PLATFORM = "(?:snap(?:chat)?|insta(?:gram)?|tiktok|discord|kik|twitter|facebook|" +
        "youtube|twitch|roblox|fortnite|steam|telegram|whatsapp)";
    var HANDLE_PLATFORM = new RegExp(
        "(?<!" + W + ")" + PLATFORM + "(?:\\s*[:=]\\s*|\\s+(?:är|e|heter)\\s+)@?(" + W +
            "[\\p{L}\\p{N}_.#-]*)|(?<!" + W + ")" + PLATFORM + "\\s+@?(" + W +
            "*[\\d_.#]" + "[\\p{L}\\p{N}_.#-]*)",
        "giu"
    );
    var NAME_CUE = new RegExp(
        "(?<!" + W + ")(?:heter|kallas|mitt\\s+namn\\s+(?:är|e))\\s+(" + W + "+)", "giu"
    );
    var NOT_NAMES = ["du", "det", "den", "han", "hon", "hen", "jag", "vi", "ni", "de", "dom",
        "inte", "så", "nog", "väl", "ju", "något", "typ", "också", "bara", "och"];
    var STREET = "(?:gatan|gata|vägen|väg|gränd|gränden|stigen|backen|torget|platsen|allén|" +
        "leden|parken|slingan|höjden|ringen|liden|stråket|kroken|gården)";
    var ADDRESS = new RegExp(W + "{2,}" + STREET + "\\s+\\d{1,4}(?:\\s?[a-zA-Z](?!" + W + "))?",
        "gu");
    var LIVES_ON = new RegExp(
        "(?<!" + W + ")bor\\s+(?:på|i)\\s+([A-ZÅÄÖ]" + W + "+" + STREET + ")(?!" + W + ")", "giu"
    );
    var POSTCODE = /(?<!\d)\d{3}\s?\d{2}(?!\d)\s+[A-ZÅÄÖ][a-zåäöé]+/gu;

    function normalise(text) {
        return text.normalize("NFKC").replace(/\p{Cf}/gu, "");
    }

    function validDate(yymmdd) {
        var month = Number(yymmdd.slice(2, 4));
        var day = Number(yymmdd.slice(4, 6));
        return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
    }

    function isPersonnummer(digits) {
        if (digits.length === 12 && /^(19|20)/.test(digits)) {
            return validDate(digits.slice(2, 8));
        }
        return digits.length === 10 && validDate(digits.slice(0, 6));
    }

    function isPhone(digits, plus) {
        if (plus || digits.indexOf("00") === 0) {
            digits = digits.replace(/^00/, "");
            if (digits.indexOf("46") === 0) {
                var national = "0" + digits.slice(2).replace(/^0/, "");
                return national.length >= 8 && national.length <= 10;
            }
            return digits.length >= 8 && digits.length <= 15;
        }
        if (digits.charAt(0) === "0") {
            return digits.length >= 8 && digits.length <= 10;
        }
        if (digits.indexOf("467") === 0 && digits.length === 11) {
            return true;
        }
        return digits.length === 9 && digits.charAt(0) === "7";
    }

    function numberKind(digits, plus) {
        if (isPersonnummer(digits) && !(digits.charAt(0) === "0" && isPhone(digits, plus))) {
            return "personnummer";
        }
        if (isPhone(digits, plus)) {
            return "telefonnummer";
        }
        return isPersonnummer(digits) ? "personnummer" : null;
    }

    /* Digit runs split into numbers at their groups, longest number first (as the server). */
    function findNumbers(text, add) {
        var run;
        RUN.lastIndex = 0;
        while ((run = RUN.exec(text)) !== null) {
            var groups = run[0].match(/\d+/g);
            var offsets = [];
            var at = 0;
            groups.forEach(function (group) {
                at = run[0].indexOf(group, at);
                offsets.push(at);
                at += group.length;
            });
            var first = 0;
            while (first < groups.length) {
                var found = false;
                for (var last = groups.length - 1; last >= first; last--) {
                    var kind = numberKind(groups.slice(first, last + 1).join(""),
                        first === 0 && run[0].charAt(0) === "+");
                    if (kind) {
                        var start = first === 0 ? 0 : offsets[first];
                        add(kind, run.index + start,
                            run[0].slice(start, offsets[last] + groups[last].length));
                        first = last + 1;
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    first += 1;
                }
            }
        }
    }

    function findAll(pattern, text, kind, add, group) {
        var match;
        pattern.lastIndex = 0;
        while ((match = pattern.exec(text)) !== null) {
            var value = group ? match[group] || match[group + 1] : match[0];
            if (value) {
                add(kind, match.index + match[0].indexOf(value), value);
            }
        }
    }

    /* What in one text looks like personal data: [{kind, start, text}], in order. */
    function findPersonalData(text) {
        var hits = [];
        function add(kind, start, value) {
            var overlaps = hits.some(function (hit) {
                return start < hit.start + hit.text.length && hit.start < start + value.length;
            });
            if (!overlaps) {
                hits.push({ kind: kind, start: start, text: value });
            }
        }
        findAll(EMAIL_AT, text, "e-post", add);
        findAll(EMAIL_SPELLED, text, "e-post", add);
        findNumbers(text, add);
        findAll(HANDLE_AT, text, "anvandarnamn", add);
        findAll(HANDLE_PLATFORM, text, "anvandarnamn", add, 1);
        findAll(ADDRESS, text, "adress", add);
        findAll(LIVES_ON, text, "adress", add, 1);
        findAll(POSTCODE, text, "adress", add);
        var match;
        NAME_CUE.lastIndex = 0;
        while ((match = NAME_CUE.exec(text)) !== null) {
            if (NOT_NAMES.indexOf(match[1].toLowerCase()) === -1) {
                add("namn", match.index + match[0].length - match[1].length, match[1]);
            }
        }
        return hits.sort(function (a, b) { return a.start - b.start; });
    }

    function check() {
        var found = [];
        firstHitField = null;
        form.querySelectorAll("textarea").forEach(function (field) {
            var hits = findPersonalData(normalise(field.value));
            if (hits.length && !firstHitField) {
                firstHitField = field;
            }
            found = found.concat(hits);
        });
        return found;
    }

    function show(hits) {
        list.textContent = "";
        hits.forEach(function (hit) {
            var item = document.createElement("li");
            item.textContent = labels[hit.kind] + ": " + hit.text;
            item.setAttribute("data-found", hit.kind);
            list.appendChild(item);
        });
        notice.hidden = false;
        notice.focus();
    }

    /* Bind to the form on this page. The no-trace script swaps a sent form's answer in place
     * (the form again with errors, say) and then sends "barnensrost:page-replaced". */
    function setup() {
        form = document.querySelector(".feedback-form");
        notice = document.getElementById("personuppgifter");
        if (!form || !notice) {
            return;
        }
        list = notice.querySelector(".personal-data-notice__list");
        labels = {};
        notice.querySelectorAll("[data-kind]").forEach(function (item) {
            labels[item.getAttribute("data-kind")] = item.textContent;
        });
        skipNextCheck = false;
        form.addEventListener("submit", function (event) {
            if (skipNextCheck) {
                skipNextCheck = false;
                return;
            }
            var hits = check();
            if (hits.length) {
                event.preventDefault();
                show(hits);
            } else {
                notice.hidden = true;
            }
        });

        notice.querySelector(".personal-data-notice__change").addEventListener("click", function () {
            notice.hidden = true;
            if (firstHitField) {
                firstHitField.focus();
            }
        });

        notice.querySelector(".personal-data-notice__send").addEventListener("click", function () {
            notice.hidden = true;
            skipNextCheck = true;
            if (form.requestSubmit) {
                form.requestSubmit();
            } else {
                form.submit();
            }
        });
    }

    setup();
    document.addEventListener("barnensrost:page-replaced", setup);
})();
