"""``python -m diplotext`` runs the command line."""

from diplotext.cli import main

raise SystemExit(main())
