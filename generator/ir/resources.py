"""Operations -> the resource tree: `client.conversations.messages`, one module per resource.

A resource without sub-resources is one module (`resources/contacts.py`). One with sub-resources is
a package: its own module (`resources/conversations/conversations.py`), one module (or package) per
sub-resource beside it (`resources/conversations/messages.py`), and an `__init__.py` re-exporting
every resource class of the subtree, so `resources.conversations` offers what it always offered.
Every class name and import path is decided here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from generator.ir import nodes as ir
from generator.naming import comment, pascal


@dataclass
class _Node:
    attr: str
    path: tuple[str, ...]
    ops: list[ir.Operation] = field(default_factory=list)
    children: dict[str, _Node] = field(default_factory=dict)


def build_resources(
    operations: Iterable[tuple[tuple[str, ...], ir.Operation]],
) -> tuple[ir.Resource, ...]:
    """(resource path, operation) pairs -> the top-level resources, in first-seen order."""
    tree = _Node("", ())
    for resource_path, op in operations:
        node = tree
        for i, part in enumerate(resource_path):
            node = node.children.setdefault(part, _Node(part, resource_path[: i + 1]))
        node.ops.append(op)
    return tuple(_resource(child, "") for child in tree.children.values())


def _resource(node: _Node, parent_dir: str) -> ir.Resource:
    """`parent_dir`: the dotted folder (below `resources`) its parent's module lives in."""
    folder = ".".join(p for p in (parent_dir, node.attr) if p)
    if node.children:
        # its own module sits in its folder; a sub-resource of the same name keeps the plain name
        name = node.attr + "_" if node.attr in node.children else node.attr
        module = f"{folder}.{name}"
        children = tuple(_resource(c, folder) for c in node.children.values())
        package_file: str | None = "resources/" + folder.replace(".", "/") + "/__init__.py"
    else:
        module, children, package_file = folder, (), None
    class_name = pascal(" ".join(node.path)) + "Resource"
    own = (class_name, f"Async{class_name}")
    depth = module.count(".") + 2  # dots from the package root to the module
    return ir.Resource(
        attr=node.attr,
        class_name=class_name,
        doc=comment(f"Operations on {'.'.join(node.path)}."),
        operations=tuple(node.ops),
        children=children,
        async_class_name=own[1],
        raw_class_name=f"{class_name}WithRawResponse",
        async_raw_class_name=f"Async{class_name}WithRawResponse",
        streaming_class_name=f"{class_name}WithStreamingResponse",
        async_streaming_class_name=f"Async{class_name}WithStreamingResponse",
        module=module,
        module_file="resources/" + module.replace(".", "/") + ".py",
        package_file=package_file,
        sibling_module=module[len(parent_dir) + 1 :] if parent_dir else module,
        own_module=module.rsplit(".", 1)[-1],
        path=".".join(node.path),
        up="." * depth,
        models_module_expr=f'__name__.rsplit(".", {depth})[0] + ".models"',
        exports=own,
        public_names=tuple(name for child in children for name in child.public_names) + own,
    )


def with_webhooks(
    resources: tuple[ir.Resource, ...], webhooks: ir.Webhooks | None
) -> tuple[ir.Resource, ...]:
    """webhooks: `client.webhooks` unwraps deliveries. It is the spec's `webhooks` resource when there
    is one (its methods beside unwrap and verify_signature), else a resource of its own."""
    if webhooks is None:
        return resources
    for i, resource in enumerate(resources):
        if resource.attr == "webhooks":
            return (*resources[:i], replace(resource, webhooks=webhooks), *resources[i + 1 :])
    own = replace(
        _resource(_Node("webhooks", ("webhooks",)), ""),
        doc="Webhook deliveries: their signatures checked, their payloads parsed into typed events.",
        webhooks=webhooks,
    )
    return (*resources, own)


def readme_sections(
    resources: tuple[ir.Resource, ...], tag_docs: dict[str, str]
) -> tuple[ir.ReadmeSection, ...]:
    """One README section per top-level resource that has operations: its own operations first, then
    its sub-resources' (depth first), described by the spec's tag of the same name if there is one."""
    sections = []
    for resource in resources:
        operations = _subtree_operations(resource)
        if operations:
            doc = comment(tag_docs.get(resource.attr) or tag_docs.get(resource.path))
            sections.append(ir.ReadmeSection(resource.path, doc, operations))
    return tuple(sections)


def _subtree_operations(resource: ir.Resource) -> tuple[ir.Operation, ...]:
    out = list(resource.operations)
    for child in resource.children:
        out.extend(_subtree_operations(child))
    return tuple(out)
