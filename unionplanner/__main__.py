import sys

from unionplanner.cli import main

sys.exit(main())
