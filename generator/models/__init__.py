"""Stage 2, schemas + models: every schema the client touches gets a name, then becomes a pydantic model.

`registry.py` names the components and hoists inline objects; `operations.py` names each operation
(its resource path and method) and hoists its parameters, body and response under that name;
`naming_rules.py` derives the names a person would write; `webhooks.py` adds the webhook payloads;
`lenient.py` prepares the document datamodel-code-generator reads; `datamodel.py` runs
datamodel-code-generator in-process and reads its output back with ast (`build_models`), so later
stages use the names it really produced; `worker.py` runs it in a forked child instead, where the
command line has a second core.
"""
