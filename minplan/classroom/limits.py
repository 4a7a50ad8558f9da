"""Wrong join codes and wrong PINs, counted in this process's memory only, and who is trying.

Counters are kept per browser session, per network address and for everyone together (a
cap per minute, so new sessions cannot start again from zero). A client in a wait is
refused without its code or PIN being checked; a client that has never tried wrong is
always checked, so the right code or PIN is never refused because of others. They live in memory and
are forgotten after a quarter of an hour: no network address ever reaches the database
or a log. A forwarded address (X-Forwarded-For) is believed only when the connection
comes from a proxy named in MINPLAN_TRUSTED_PROXIES.
"""
from __future__ import annotations

import ipaddress
import math
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

MAX_WAIT = 300
"""The longest wait after wrong tries, in seconds; the wait doubles with each wrong try past the free ones."""
TRY_WINDOW = 15 * 60
"""A client's wrong tries are forgotten when it has made none for this long, in seconds."""
MAX_CLIENTS = 100_000
"""Counters kept at most; the oldest go first, so a flood of made-up clients cannot fill the memory."""

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass
class _Tries:
    failures: int
    last_at: float
    blocked_until: float


class TryLimits:
    """Wrong tries per client, and for everyone in the last minute, with the wait they earn."""

    def __init__(self, clock: Callable[[], float], per_minute: int):
        self.clock = clock
        self.per_minute = per_minute
        self._clients: dict[str, _Tries] = {}
        self._recent: deque[float] = deque()
        self._lock = threading.Lock()

    def wait(self, own: Iterable[str], shared: Iterable[str] = ()) -> int:
        """Seconds before `own` clients (a browser, an address) may try again (0: now).

        The `shared` counters (one class's PINs) and everyone's last minute slow a client down only
        once it has a wrong try of its own: so others' wrong tries never hold up a browser
        (the teacher's, a classmate's) that has not guessed itself.
        """
        now = self.clock()
        with self._lock:
            self._forget(now)
            known = [self._clients[client] for client in own if client in self._clients]
            if not known:
                return 0
            known += [self._clients[client] for client in shared if client in self._clients]
            until = max(tries.blocked_until for tries in known)
            if len(self._recent) >= self.per_minute:
                until = max(until, self._recent[0] + 60)
        return math.ceil(until - now) if until > now else 0

    def wrong(self, clients: Mapping[str, int]) -> None:
        """One more wrong try for each client (`clients` maps a client to its free tries) and for everyone."""
        now = self.clock()
        with self._lock:
            self._recent.append(now)
            for client, free in clients.items():
                tries = self._clients.pop(client, None)
                failures = 1 if tries is None or tries.last_at < now - TRY_WINDOW else tries.failures + 1
                blocked = now + min(2 ** (failures - free), MAX_WAIT) if failures >= free else 0.0
                self._clients[client] = _Tries(failures, now, blocked)
            while len(self._clients) > MAX_CLIENTS:
                del self._clients[next(iter(self._clients))]

    def _forget(self, now: float) -> None:
        while self._recent and self._recent[0] <= now - 60:
            self._recent.popleft()
        while self._clients:
            oldest = next(iter(self._clients))
            tries = self._clients[oldest]
            if tries.last_at >= now - TRY_WINDOW or tries.blocked_until >= now:
                break
            del self._clients[oldest]


def trusted_proxies(setting: str | None = None) -> list[Network]:
    """The proxies whose X-Forwarded-For is believed: MINPLAN_TRUSTED_PROXIES, addresses or networks, comma-separated."""
    raw = os.environ.get("MINPLAN_TRUSTED_PROXIES", "") if setting is None else setting
    networks = []
    for part in raw.replace(" ", ",").split(","):
        if part:
            try:
                networks.append(ipaddress.ip_network(part, strict=False))
            except ValueError:
                continue
    return networks


def client_address(peer: str | None, forwarded: Iterable[str], proxies: Sequence[Network]) -> str | None:
    """The address to count wrong tries against: the connection's, or the forwarded one a trusted proxy vouches for.

    `peer` is the address the connection came from (None on this machine, as Streamlit reports
    it); `forwarded` the X-Forwarded-For headers. Walking from the right, each hop is believed
    only while the one before it is a trusted proxy. None when no address can be told apart
    (an untrusted proxy on this machine, or a hop that is not an address).
    """
    current = _parse(peer or "127.0.0.1")
    hops = [hop.strip() for header in forwarded for hop in str(header).split(",") if hop.strip()]
    while current is not None and _is_trusted(current, proxies) and hops:
        current = _parse(hops.pop())
    if current is None or _is_trusted(current, proxies) or (peer is None and current.is_loopback):
        return None
    return str(current)


def _parse(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(address)
    except ValueError:
        return None


def _is_trusted(address, proxies: Sequence[Network]) -> bool:
    return any(address in network for network in proxies)


class Quota:
    """At most `limit` uses per `window` seconds for each key (a browser, an address, "everyone")."""

    def __init__(self, clock: Callable[[], float], limits: Mapping[str, int], window: float):
        self.clock = clock
        self.limits = dict(limits)
        self.window = window
        self._uses: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def take(self, keys: Mapping[str, str]) -> int:
        """Use one for each kind→key in `keys` (kinds as in `limits`); 0, or the seconds to wait when one is used up."""
        now = self.clock()
        with self._lock:
            for uses in self._uses.values():
                while uses and uses[0] <= now - self.window:
                    uses.popleft()
            full = [self._uses[key][0] + self.window for kind, key in keys.items()
                    if len(self._uses.get(key, ())) >= self.limits[kind]]
            if full:
                return max(1, math.ceil(max(full) - now))
            for key in keys.values():
                self._uses.setdefault(key, deque()).append(now)
            for key in [key for key, uses in self._uses.items() if not uses]:
                del self._uses[key]
        return 0


def years_to_guess(alphabet: int, length: int, live: int, tries_per_second: float) -> float:
    """Expected years for a guesser to hit any of `live` codes at `tries_per_second` (random guesses).

    Each guess hits with chance live / alphabet**length, so it takes alphabet**length / live
    guesses on average.
    """
    return alphabet ** length / live / tries_per_second / (365.25 * 24 * 3600)
