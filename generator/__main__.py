"""`python -m generator` runs the `codegen` command."""

from generator.launch import main

raise SystemExit(main())
