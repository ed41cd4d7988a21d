"""The cycle collector held back while an export or import handles many records."""

from __future__ import annotations

import gc
import threading

from mentordesk.sync.collector import collector_held


def test_the_collector_is_held_inside_and_runs_again_after():
    assert gc.isenabled()
    with collector_held():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_it_runs_again_after_an_error_inside():
    try:
        with collector_held():
            raise KeyError("boom")
    except KeyError:
        pass
    assert gc.isenabled()


def test_it_runs_again_only_when_the_last_of_several_threads_leaves():
    entered, leave = threading.Barrier(2), threading.Event()

    def hold() -> None:
        with collector_held():
            entered.wait()
            leave.wait()

    other = threading.Thread(target=hold)
    other.start()
    with collector_held():
        entered.wait()
    assert not gc.isenabled()  # the other thread is still inside
    leave.set()
    other.join()
    assert gc.isenabled()


def test_a_collector_stopped_before_stays_stopped():
    gc.disable()
    try:
        with collector_held():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
