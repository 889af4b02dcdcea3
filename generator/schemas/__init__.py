"""Stage 2a, schemas: every schema the client touches gets a name before any model is generated.

`registry.py` names the components and hoists inline objects; `operations.py` names each operation
(its resource path and method) and hoists its parameters, body and response under that name;
`lenient.py` prepares the document datamodel-code-generator reads.
"""
