import sys

from dashfleet.cli import main

sys.exit(main())
