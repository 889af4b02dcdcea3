"""Release engineering, a subsystem beside the stages: it may call them, they never call it.

`surface.py` snapshots the public API of a package from its IR; `apidiff.py` compares two snapshots
and grades each change for a Python caller (`typeorder.py` orders types by width); `records.py` reads
and writes `releases/<name>/` (version, output digest, API snapshot, changelog), which `generate`
consults for the version; `cut.py` cuts a release (`codegen release`); `cli.py` registers the `diff`
and `release` subcommands.
"""
