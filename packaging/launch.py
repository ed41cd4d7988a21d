"""The packaged app's entry point: the same `mentordesk` command the Python package installs."""

import sys

from mentordesk.cli import main

sys.exit(main())
