"""`python -m generator` runs the `codegen` command."""

from generator.cli import main

raise SystemExit(main())
