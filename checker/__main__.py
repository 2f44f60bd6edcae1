"""``python -m checker`` runs the ``factlock`` command."""
import sys

from .cli import main

sys.exit(main())
