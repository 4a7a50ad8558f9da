"""Codes, secrets and nicknames of a live class: short to type, hard to guess, safe to show.

A join code is read aloud and typed on a phone, so it avoids letters that look
alike (0/O, 1/I/L). The teacher's secret and the participants' tokens are long
random strings; the database keeps only their SHA-256 hash.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata
from urllib.parse import urlencode, urlsplit, urlunsplit

CODE_ALPHABET = "ACDEFHJKMNPRTUVWXY34679"
CODE_LENGTH = 6
NICKNAME_LENGTH = 20

_NOT_IN_CODE = re.compile(r"[\s\-_.]")


def new_code() -> str:
    """A fresh join code such as K7RMXA (23**6, about 150 million codes)."""
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


def looks_like_token(raw: str) -> bool:
    """A token from the URL is only trusted to be a short URL-safe string, nothing more."""
    return bool(re.fullmatch(r"[A-Za-z0-9_-]{16,64}", str(raw or "")))


def clean_nickname(raw: str | None) -> str | None:
    """A nickname with only letters, digits and single spaces, at most 20 characters; None when nothing is left.

    It is shown as plain text, never as HTML or Markdown, and cannot hold links or markup characters.
    """
    text = unicodedata.normalize("NFKC", str(raw or ""))[:200]
    kept = "".join(char for char in text if unicodedata.category(char)[0] in "LNM" or char == " ")
    kept = " ".join(kept.split())[:NICKNAME_LENGTH].strip()
    return kept or None


def join_link(page_url: str | None, participant_path: str, code: str) -> str:
    """The address a phone opens to join: the participant page beside `page_url`, with the code filled in."""
    parts = urlsplit(page_url or "")
    folder = parts.path.rsplit("/", 1)[0]
    return urlunsplit((parts.scheme, parts.netloc, f"{folder}/{participant_path}", urlencode({"kode": code}), ""))
