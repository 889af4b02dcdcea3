"""Drift: from what the generated clients met in production to a reviewed spec patch.

The clients' runtime records, when asked (`drift_log=`), every way an answer or a webhook delivery
differed from the spec, as shapes (`templates/runtime/_drift.py`). This room reads those logs
(`logs.py`), finds the place in the spec each finding is about, and proposes an OpenAPI Overlay 1.0
(`propose.py`): a new enum value, a nullable field, a new optional property typed from what arrived,
a widened type, a required property that arrives absent made optional, an undeclared webhook event;
each action commented with its evidence. The overlay is applied by the load stage like any other
(`load/overlay.py`). Beside the stages: it calls them and is never called by them; the `codegen diff`
grade of applying it is computed in the command layer (`cli.py`), which may use `release/`.
"""
