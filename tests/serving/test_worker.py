"""Uploads and printing run in a worker process with a size and a time limit; a stuck or dead worker is replaced."""
from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor

from minplan.serving.worker import WORKERS, run_limited


def slow(seconds: float) -> str:
    time.sleep(seconds)
    return "done"


def die() -> None:
    os._exit(3)


def test_work_runs_in_another_process_and_gives_its_value():
    outcome = run_limited(os.getpid, size=1, max_size=10, seconds=60)
    assert outcome.refused is None and outcome.value != os.getpid()


def test_too_large_input_is_refused_before_it_is_sent():
    assert run_limited(slow, 0, size=11, max_size=10, seconds=60).refused == "too_large"


def test_work_over_the_time_limit_is_stopped_and_the_next_call_works():
    started = time.monotonic()
    assert run_limited(slow, 30, size=1, max_size=10, seconds=1).refused == "too_slow"
    assert time.monotonic() - started < 10
    assert run_limited(slow, 0, size=1, max_size=10, seconds=60).value == "done"


def test_a_worker_that_dies_is_replaced():
    assert run_limited(die, size=1, max_size=10, seconds=3).refused == "too_slow"
    assert run_limited(slow, 0, size=1, max_size=10, seconds=60).value == "done"


def test_a_job_over_its_limit_ends_only_its_own_worker():
    """A printout stopped for time must not take a neighbour's upload down with it."""
    with ThreadPoolExecutor(2) as both:
        stuck = both.submit(run_limited, slow, 30, size=1, max_size=10, seconds=2)
        time.sleep(0.5)
        honest = both.submit(run_limited, slow, 4, size=1, max_size=10, seconds=60)
        assert stuck.result().refused == "too_slow"
        assert honest.result().value == "done"


def test_no_free_worker_within_the_wait_is_refused_as_busy():
    with ThreadPoolExecutor(WORKERS) as all_of_them:
        taken = [all_of_them.submit(run_limited, slow, 3, size=1, max_size=10, seconds=60) for _ in range(WORKERS)]
        time.sleep(1)
        assert run_limited(slow, 0, size=1, max_size=10, seconds=60, wait=0.5).refused == "busy"
        assert [job.result().value for job in taken] == ["done"] * WORKERS


def test_workers_run_at_a_lower_priority_than_the_server():
    assert run_limited(os.nice, 0, size=1, max_size=10, seconds=60).value >= os.nice(0) + 10
