"""MentorDesk: an offline-first desk for technical mentor-mentee pairs."""

from importlib.metadata import PackageNotFoundError, version

APP_ID = "io.mentordesk.MentorDesk"
APP_NAME = "MentorDesk"

try:
    __version__ = version("mentordesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
