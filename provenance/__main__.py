"""``python -m provenance`` is the CLI."""

import sys

from .cli import main

sys.exit(main())
