"""MentorDesk: an offline-first desk for technical mentor-mentee pairs."""

APP_ID = "io.mentordesk.MentorDesk"
APP_NAME = "MentorDesk"

# The one place the version is written: pyproject.toml reads it from here when the package is built
# (asking the installed package's metadata instead costs tens of milliseconds at every start).
__version__ = "0.1.0"
