# `python -m dashfleet`: the operator's tool (dashfleet/tool/, which the images do not carry).
import sys

from dashfleet.tool.cli import main

sys.exit(main())
