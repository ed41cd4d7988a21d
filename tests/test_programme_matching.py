"""Mentor suggestions: strengths that cover the mentee's goals first, then free places, then rotation; a
full mentor last; the reasons said with each."""

from __future__ import annotations

from mentordesk.programme.matching import Mentor, suggest

GOALS = ("Incident response", "Observability", "System design")


def test_the_mentor_covering_most_goals_with_room_comes_first() -> None:
    mentors = [
        Mentor("Ana", 3, ("observability",), ()),
        Mentor("Ben", 2, ("Incident response", "Observability", "Go"), ("Kim",)),
        Mentor("Cho", 1, ("Incident response", "Observability", "System design"), ("Lee",)),  # full
        Mentor("Dev", 4, (), ()),
    ]
    ranked = suggest("Sam", GOALS, mentors)
    assert [s.mentor for s in ranked] == ["Ben", "Ana", "Dev", "Cho"]
    assert ranked[0].covers == ("Incident response", "Observability")
    assert ranked[0].reasons == (
        "covers 2 of 3 goals: Incident response, Observability",
        "1 of 2 places free",
        "has not mentored them before",
    )
    assert ranked[-1].reasons[1] == "full: no free place"


def test_rotation_prefers_a_mentor_new_to_the_mentee_and_leaves_out_current_ones() -> None:
    mentors = [
        Mentor("Ana", 2, ("Observability",), (), mentored=("Sam",)),
        Mentor("Ben", 2, ("Observability",), ()),
        Mentor("Cho", 2, ("Observability",), ("Sam",)),  # mentors Sam now
    ]
    ranked = suggest("Sam", ("Observability",), mentors)
    assert [s.mentor for s in ranked] == ["Ben", "Ana"]
    assert ranked[1].reasons[2] == "mentored them before"
