"""Entry point for `python -m minplan`."""
import sys

from minplan.cli import main

sys.exit(main())
