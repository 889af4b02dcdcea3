"""Stage 1, load + check: the reading of a spec, and every problem in it with its place.

`check.py` is the stage's entry (`load`); `reader.py` parses YAML/JSON with the line of every node,
`structure.py` refuses what cannot be interpreted at all (wrong version, broken references),
`repairs.py` makes the `--lenient` repairs, `validator.py` runs openapi-spec-validator. `document.py`
is the one reading of the raw document that later stages consult (references, pointers, operations,
parameters, the success response); `extensions.py` reads every `x-` extension once into a typed value
or a located Problem; `rules/` holds our own rules beyond the validator.
"""
