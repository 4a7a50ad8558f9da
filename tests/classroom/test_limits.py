"""Who is trying a code: forwarded addresses believed only from trusted proxies; counters kept in memory and bounded."""
from __future__ import annotations

import pytest

from minplan.classroom import limits
from minplan.classroom.limits import TryLimits, client_address, trusted_proxies
from tests.classroom.fixtures import Clock

SAME_HOST = trusted_proxies("127.0.0.1")


def test_trusted_proxies_are_read_from_the_setting_and_nonsense_is_ignored():
    assert [str(network) for network in trusted_proxies("127.0.0.1, 10.0.0.0/8,,nonsense ::1")] == \
        ["127.0.0.1/32", "10.0.0.0/8", "::1/128"]
    assert trusted_proxies("") == []


def test_without_a_trusted_proxy_a_forged_forwarded_address_is_ignored():
    assert client_address("198.51.100.7", ["203.0.113.1"], []) == "198.51.100.7"
    assert client_address("198.51.100.7", ["203.0.113.1"], SAME_HOST) == "198.51.100.7"


def test_behind_a_trusted_proxy_the_address_it_added_counts_not_the_one_the_client_forged():
    assert client_address(None, ["203.0.113.1, 198.51.100.7"], SAME_HOST) == "198.51.100.7"
    assert client_address(None, ["203.0.113.1", "198.51.100.7"], SAME_HOST) == "198.51.100.7"


def test_a_chain_of_trusted_proxies_is_walked_back_to_the_client():
    proxies = trusted_proxies("127.0.0.1,10.0.0.0/8")
    assert client_address(None, ["198.51.100.7, 10.0.0.5"], proxies) == "198.51.100.7"


@pytest.mark.parametrize("peer, forwarded", [(None, []), (None, ["203.0.113.1"]), (None, ["not an address"])])
def test_a_proxy_on_this_machine_that_is_not_trusted_gives_no_address_rather_than_one_for_everyone(peer, forwarded):
    proxies = SAME_HOST if forwarded == ["not an address"] else []
    assert client_address(peer, forwarded, proxies) is None


def test_the_counters_forget_old_clients_and_stay_bounded(monkeypatch):
    monkeypatch.setattr(limits, "MAX_CLIENTS", 50)
    clock = Clock()
    tries = TryLimits(clock, per_minute=10_000)
    for number in range(200):
        tries.wrong({f"client-{number}": 5})
    assert len(tries._clients) == 50
    clock.now += limits.TRY_WINDOW + 1
    tries.wait({"anyone": 5})
    assert not tries._clients


def test_the_cap_for_everyone_lifts_a_minute_after_the_flood():
    clock = Clock()
    tries = TryLimits(clock, per_minute=3)
    for number in range(3):
        tries.wrong({f"fresh-{number}": 5})
    assert tries.wait({"someone-new": 5}) == 0, "a client that never tried wrong is always checked"
    assert tries.wait({"fresh-0": 5}) == 60
    clock.now += 61
    assert tries.wait({"fresh-0": 5}) == 0


def test_class_creation_has_a_limit_per_browser_address_and_everyone():
    clock = Clock()
    quota = limits.Quota(clock, {"browser": 2, "address": 3, "everyone": 4}, 3600)
    assert [quota.take({"browser": "b1", "address": "a1", "everyone": "all"}) for _ in range(3)] == [0, 0, 3600]
    assert quota.take({"browser": "b2", "address": "a1", "everyone": "all"}) == 0
    assert quota.take({"browser": "b3", "address": "a1", "everyone": "all"}) > 0, "the address is used up"
    assert quota.take({"browser": "b4", "address": "a2", "everyone": "all"}) == 0
    assert quota.take({"browser": "b5", "address": "a3", "everyone": "all"}) > 0, "everyone's is used up"
    clock.now += 3601
    assert quota.take({"browser": "b1", "address": "a1", "everyone": "all"}) == 0


def test_guessing_one_of_50_live_codes_takes_over_a_year_even_at_17_guesses_a_second():
    from minplan.classroom.codes import CODE_ALPHABET, CODE_LENGTH
    from minplan.classroom.store import WRONG_CODES_PER_MINUTE
    assert limits.years_to_guess(23, 6, 50, 17) < 0.01, "the old six-letter codes: about two days"
    assert limits.years_to_guess(len(CODE_ALPHABET), CODE_LENGTH, 50, 17) > 1
    assert limits.years_to_guess(len(CODE_ALPHABET), CODE_LENGTH, 50, WRONG_CODES_PER_MINUTE / 60) > 20
