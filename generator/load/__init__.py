"""Stage 1, load + check: read a spec file with the line of every node, and collect every problem.

`check.py` is the stage's entry; `reader.py` parses YAML/JSON, `structure.py` refuses what cannot be
interpreted at all (wrong version, broken references), `validator.py` runs openapi-spec-validator.
"""
