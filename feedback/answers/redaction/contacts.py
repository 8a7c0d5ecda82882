"""E-mail addresses and social-media handles.

E-mail is found with a real @ (also with spaces around it or before the dot,
"kalle@gmail .com") and written out: "kalle at gmail punkt com", "kalle (at) gmail (dot) com",
"kalle snabel-a hotmail.se". The full-width @ is an ordinary @ after normalisation.
Handles are "@kalle_123", or a name after a platform: "snap: kalle", "min insta är kalle",
"tiktok kalle_2012".
"""

import re

TLD = r"(?:com|se|nu|net|org|eu|io|me|info|co|uk|dk|no|fi|de|app)"
PROVIDER = r"(?:gmail|hotmail|outlook|icloud|yahoo|live|msn|telia|spray|proton(?:mail)?)"
LOCAL = r"(?<![\w.+-])[\w.+-]*\w"
SPELLED_AT = r"(?:\s*[(\[{<]\s*(?:at|snabel[\s-]?a|@)\s*[)\]}>]\s*|\s+(?:at|snabel[\s-]?a)\s+)"
SPELLED_DOT = r"(?:\s*[(\[{<]\s*(?:dot|punkt|\.)\s*[)\]}>]\s*|\s+(?:dot|punkt)\s+)"
DOT = rf"(?:\.|\s*\.\s*(?={TLD}\b)|{SPELLED_DOT})"
DOMAIN = rf"[\w-]+(?:{DOT}[\w-]+)*"

# Spaces before the @ only when the address ends in a known top-level domain: "@kalle.anka"
# after a word is a handle, "kalle @ gmail.com" an address.
EMAIL_AT = re.compile(
    rf"{LOCAL}(?:@\s*{DOMAIN}|\s+@\s*[\w-]+(?:{DOT}[\w-]+)*?{DOT}{TLD}\b)", re.IGNORECASE
)
EMAIL_SPELLED = re.compile(
    rf"{LOCAL}{SPELLED_AT}(?:{PROVIDER}\b(?:{DOT}{TLD}\b)?|[\w-]+(?:{DOT}[\w-]+)*?{DOT}{TLD}\b)",
    re.IGNORECASE,
)

PLATFORM = (
    r"(?:snap(?:chat)?|insta(?:gram)?|ig|tiktok|tik\s?tok|discord|kik|twitter|facebook|fb|"
    r"youtube|twitch|roblox|fortnite|steam|psn|xbox|telegram|whatsapp|threads|bereal|reddit)"
)
# An explicit separator says what follows is the handle ("snap: kalle", "insta är kalle");
# after a bare platform word only something that looks like a handle is taken ("snap kalle_12").
HANDLE_AFTER_PLATFORM = re.compile(
    rf"\b{PLATFORM}\b(?P<sep>\s*[:=]\s*|\s+(?:är|e|heter|namn|nick|användarnamn)\s+|\s+)"
    rf"(?P<at>@?)(?P<handle>[\w.#-]*\w)",
    re.IGNORECASE,
)
AT_HANDLE = re.compile(r"(?<![\w@.])@[\w.]*\w")
NOT_HANDLES = {
    "och", "eller", "men", "att", "är", "var", "för", "med", "på", "i", "till", "som", "det",
    "den", "jag", "du", "han", "hon", "hen", "vi", "ni", "de", "dom", "mig", "dig", "oss",
    "hela", "ofta", "alltid", "också", "inte", "bara", "mycket", "typ", "så", "då", "nu",
    "mer", "om", "av", "en", "ett", "kan", "ska", "vill", "har",
}  # fmt: skip


def find_emails(text):
    for pattern in (EMAIL_AT, EMAIL_SPELLED):
        for match in pattern.finditer(text):
            yield match.start(), match.end(), "e-post"


def find_handles(text):
    for match in AT_HANDLE.finditer(text):
        yield match.start(), match.end(), "anvandarnamn"
    for match in HANDLE_AFTER_PLATFORM.finditer(text):
        handle = match.group("handle")
        explicit = match.group("sep").strip() or match.group("at")
        looks_like_handle = re.search(r"[\d_.#]", handle)
        if handle.casefold() in NOT_HANDLES or not (explicit or looks_like_handle):
            continue
        yield match.start("at"), match.end("handle"), "anvandarnamn"
