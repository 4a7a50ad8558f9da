"""Codes, secrets and nicknames of a live class: short to type, hard to guess, safe to show.

A join code is read aloud and typed on a phone, so it avoids letters that look
alike (0/O, 1/I/L). The teacher's secret and the participants' tokens are long
random strings; the database keeps only their SHA-256 hash. The teacher's PIN is short
and chosen by a person, so it is kept only as a slow, salted scrypt hash.
"""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
import os
import re
import secrets
import unicodedata
from urllib.parse import urlencode, urlsplit, urlunsplit

from unicode_segmentation_rs import graphemes, text_width

CODE_ALPHABET = "ACDEFHJKMNPRTUVWXY34679"
CODE_LENGTH = 8
"""Long enough that guessing one of 50 live codes takes years at the fastest rate allowed (BENCHMARKS.md)."""
NICKNAME_LENGTH = 20
PIN_LENGTH = (6, 40)
"""The shortest and longest PIN a teacher may choose (digits, letters, anything typed)."""
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}

_NOT_IN_CODE = re.compile(r"[\s\-_.]")


def new_code() -> str:
    """A fresh join code such as K7RMXA4P (23**8, about 78 billion codes)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(typed: str) -> str | None:
    """The code as stored, from what a person typed (any case, spaces or dashes); None if it cannot be one."""
    code = _NOT_IN_CODE.sub("", str(typed or ""))[:40].upper()
    if len(code) != CODE_LENGTH or any(char not in CODE_ALPHABET for char in code):
        return None
    return code


def new_secret() -> str:
    """A secret for the teacher who starts a class; kept in that teacher's session only."""
    return secrets.token_urlsafe(32)


def new_token() -> str:
    """An anonymous participant token: it goes into the phone's URL so a reload rejoins."""
    return secrets.token_urlsafe(16)


def digest(secret: str) -> str:
    """What the database keeps of a secret or token: its SHA-256 hash (they are random, so no salt is needed)."""
    return hashlib.sha256(str(secret).encode("utf-8", "replace")).hexdigest()


def same_secret(secret: str, stored_digest: str) -> bool:
    """True when `secret` hashes to `stored_digest`, compared in constant time."""
    return hmac.compare_digest(digest(secret), stored_digest)


def valid_pin(pin: str | None) -> bool:
    """True for a PIN the teacher may choose: 6 to 40 characters, not only spaces."""
    text = str(pin or "")
    return PIN_LENGTH[0] <= len(text.strip()) and len(text) <= PIN_LENGTH[1]


def hash_pin(pin: str) -> str:
    """What the database keeps of a PIN: a random salt and the scrypt hash (slow on purpose, ~16 MB per try)."""
    salt = os.urandom(16)
    hashed = hashlib.scrypt(pin.encode("utf-8"), salt=salt, **_SCRYPT)
    return f"scrypt${salt.hex()}${hashed.hex()}"


def pin_matches(pin: str, stored: str | None) -> bool:
    """True when `pin` is the one hashed into `stored`, compared in constant time; False for anything malformed."""
    parts = str(stored or "").split("$")
    if len(parts) != 3 or parts[0] != "scrypt" or not valid_pin(pin):
        return False
    try:
        salt, expected = bytes.fromhex(parts[1]), bytes.fromhex(parts[2])
    except ValueError:
        return False
    return hmac.compare_digest(hashlib.scrypt(pin.encode("utf-8"), salt=salt, **_SCRYPT), expected)


def looks_like_token(raw: str) -> bool:
    """A token from the URL is only trusted to be a short URL-safe string, nothing more."""
    return bool(re.fullmatch(r"[A-Za-z0-9_-]{16,64}", str(raw or "")))


def clean_nickname(raw: str | None) -> str | None:
    """A nickname of letters, digits and single spaces, at most 20 letters as a person sees them; None when nothing is left.

    Normalised (NFKC, which is also NFC), so look-alike forms of a letter count once. Fillers
    and blank-looking letters (Hangul fillers, braille blank, invisible marks) are dropped, a
    letter keeps at most two combining marks (enough for Vietnamese or Arabic vowels), and the
    name is cut to 20 grapheme clusters and the width of about 24 Latin letters, so no name can
    push the others off the board. It is shown as plain text, never as HTML or Markdown.
    """
    text = unicodedata.normalize("NFKC", str(raw or "")[:200])
    kept = "".join(char for char in text if (unicodedata.category(char)[0] in "LNM" or char == " ") and char not in _BLANK)
    letters: list[str] = []
    for cluster in graphemes(" ".join(kept.split()), True):
        base = "".join(char for char in cluster if unicodedata.category(char)[0] != "M")
        marks = "".join(char for char in cluster if unicodedata.category(char)[0] == "M")
        if base:
            letters.append(base if base == " " else base + marks[:MARKS_PER_LETTER])
        if len(letters) >= NICKNAME_LENGTH or text_width("".join(letters)) >= NICKNAME_WIDTH:
            break
    return " ".join("".join(letters).split()) or None


MARKS_PER_LETTER = 2
NICKNAME_WIDTH = 24
"""Terminal columns a nickname may fill (a wide CJK letter counts two)."""
_BLANK = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f\u2800\u3164\uffa0\ufeff"
    + "".join(map(chr, range(0x200B, 0x2010))) + "".join(map(chr, range(0x2060, 0x2070)))
    + "".join(map(chr, range(0xFE00, 0xFE10))) + "".join(map(chr, range(0xE0100, 0xE01F0)))
    + "".join(map(chr, range(0x1D173, 0x1D17B))) + "".join(map(chr, range(0x1BCA0, 0x1BCA4))))
"""Letters that look blank or hold nothing (Unicode's default-ignorable code points, the braille blank)."""


PUBLIC_URL_SETTING = "MINPLAN_PUBLIC_URL"
"""The environment variable with the app's address as phones reach it, e.g. https://kurs.kommune.no/minplan."""

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def public_url(raw: str | None) -> str | None:
    """The app's public address from a setting or a form: http(s) with a host, no query; None if it is not one.

    A bare host such as 192.168.1.20:8501 is read as http://192.168.1.20:8501.
    """
    text = str(raw or "").strip()[:500]
    parts = urlsplit(text if "://" in text else f"http://{text}")
    try:
        parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or any(char.isspace() for char in text):
        return None
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def configured_public_url() -> str | None:
    """The public address set by whoever runs the app (MINPLAN_PUBLIC_URL), if it is a usable one."""
    return public_url(os.environ.get(PUBLIC_URL_SETTING))


def join_link(page_url: str | None, participant_path: str, code: str, public: str | None = None,
              kommune: str | None = None) -> str:
    """The address a phone opens to join, with the code filled in (and the teacher's municipality, when chosen).

    It is the participant page under `public` (the app's public address) when one is set, else the
    participant page beside `page_url`, the address the teacher opened.
    """
    if public:
        parts = urlsplit(public)
        folder = parts.path.rstrip("/")
    else:
        parts = urlsplit(page_url or "")
        folder = parts.path.rsplit("/", 1)[0]
    return urlunsplit((parts.scheme, parts.netloc, f"{folder}/{participant_path}", urlencode({"kode": code} | ({"kommune": kommune} if kommune else {})), ""))


def phones_cannot_reach(address: str | None) -> bool:
    """True for an address that only works on the computer itself (localhost, 127.x, ::1, 0.0.0.0), or no address.

    A phone that scans such a QR code reaches itself, not the teacher's computer.
    """
    host = (urlsplit(str(address or "")).hostname or "").rstrip(".").lower()
    if not host or host in _LOCAL_NAMES or host.endswith(".localhost"):
        return True
    try:
        found = ipaddress.ip_address(host)
    except ValueError:
        return False
    return found.is_loopback or found.is_unspecified
