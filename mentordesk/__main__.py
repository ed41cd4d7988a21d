from mentordesk.cli import main

raise SystemExit(main())
