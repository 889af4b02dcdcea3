"""Stage 4, render: the IR becomes the text of every file of a package, `{path: text}`, nothing written.

`package.py` renders the Jinja2 templates of `templates/package/` (`render_package`); templates only
loop and print. `runtime_files.py` copies the plain-Python runtime of `templates/runtime/` and renders
its one per-package module, `_constants.py`. `reserved.py` derives the argument names a method body
needs for itself by rendering a probe package and reading it back with ast.
"""
