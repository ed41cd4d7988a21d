"""Faults the tests stage: a service method whose first call fails as SQLite fails when busy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mentordesk.storage.errors import write_failure


def busy_once(method: Callable[..., Any]) -> Callable[..., Any]:
    """`method`, except that its first call fails: the database is busy in another program."""
    failures = [write_failure("database is locked")]

    def call(*args: Any, **kwargs: Any) -> Any:
        if failures:
            raise failures.pop()
        return method(*args, **kwargs)

    return call
