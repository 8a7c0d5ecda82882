"""Import cycles between the project's own modules, function-level imports included.

    .venv/bin/python scripts/import_cycles.py [--root DIR]

Reads every ``.py`` file of the project's packages (``PACKAGES``; migrations, tests and
``.venv`` left out) with ``ast`` and collects every import of a project module, at module level
and inside functions alike: a function-level import only hides a cycle until the function
runs. Each import is an edge to the module it names: ``import a.b.c`` and ``from a.b.c import
y`` to ``a.b.c`` (or its longest prefix that is a module), ``from a.b import c`` to ``a.b.c``
when ``c`` is a submodule, else to ``a.b`` (the package's ``__init__``); relative imports are
resolved against the importing module's package. Imports that only run under
``typing.TYPE_CHECKING`` are not edges; ``importlib.import_module`` with a computed name is not
seen.

Prints every cycle (each strongly connected component of more than one module, with one
shortest loop through it and the lines that make it) and exits 1 if there is any. Then counts
the function-level imports of project modules per file, leaving out those Django or Wagtail
require: migrations, settings and ``AppConfig.ready``.
"""

import argparse
import ast
import sys
from collections import defaultdict, deque
from dataclasses import dataclass
from pathlib import Path

PACKAGES = ("portal", "home", "child_info", "feedback")
SKIPPED_PARTS = {"migrations", "tests", ".venv", "node_modules", "__pycache__"}
SETTINGS_PACKAGE = "portal.settings"


@dataclass(frozen=True)
class Edge:
    target: str
    line: int
    function: str | None  # the enclosing function's name for a function-level import


def module_files(root: Path, packages=PACKAGES) -> dict[str, Path]:
    """{"home.models": Path(".../home/models.py"), "home": Path(".../home/__init__.py"), ...}"""
    modules = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            relative = path.relative_to(root)
            if SKIPPED_PARTS & set(relative.parts):
                continue
            parts = list(relative.with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def _known_prefix(name: str, modules) -> str | None:
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in modules:
            return candidate
        parts.pop()
    return None


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST):
    """(node, enclosing function name or None, enclosing class name or None) for each import."""

    def walk(node, function, klass):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                for other in child.orelse:
                    yield from walk_one(other, function, klass)
                continue
            yield from walk_one(child, function, klass)

    def walk_one(node, function, klass):
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node, function, klass
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield from walk(node, node.name, klass)
        elif isinstance(node, ast.ClassDef):
            yield from walk(node, function, node.name)
        else:
            yield from walk(node, function, klass)

    yield from walk(tree, None, None)


def _targets(node, module: str, is_package: bool, modules) -> list[str]:
    if isinstance(node, ast.Import):
        found = (_known_prefix(alias.name, modules) for alias in node.names)
        return [name for name in found if name]
    if node.level:
        package = module.split(".") if is_package else module.split(".")[:-1]
        base_parts = package[: len(package) - (node.level - 1)]
        base = ".".join(base_parts + ([node.module] if node.module else []))
    else:
        base = node.module or ""
    targets = []
    for alias in node.names:
        submodule = f"{base}.{alias.name}"
        target = submodule if submodule in modules else _known_prefix(base, modules)
        if target:
            targets.append(target)
    return targets


def build_graph(root: Path, packages=PACKAGES) -> dict[str, list[Edge]]:
    """Every project module with the edges of its imports of project modules."""
    modules = module_files(root, packages)
    graph = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        edges = []
        for node, function, _klass in _imports(tree):
            for target in _targets(node, module, is_package, modules):
                if target != module:
                    edges.append(Edge(target, node.lineno, function))
        graph[module] = edges
    return graph


def strongly_connected(graph: dict[str, list[Edge]]) -> list[list[str]]:
    """Tarjan's components of more than one module, each sorted, largest first."""
    index, low, stack, on_stack, components = {}, {}, [], set(), []

    def visit(start):
        work = [(start, iter({e.target for e in graph.get(start, [])}))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter({e.target for e in graph.get(target, [])})))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        components.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(components, key=lambda c: (-len(c), c))


def shortest_loop(graph: dict[str, list[Edge]], component: list[str]) -> list[tuple[str, Edge]]:
    """One shortest loop from the component's first module back to it: (importer, edge) steps."""
    members, start = set(component), component[0]
    came_from = {}
    queue = deque([start])
    while queue:
        module = queue.popleft()
        for edge in sorted(graph[module], key=lambda e: (e.target, e.line)):
            if edge.target not in members:
                continue
            if edge.target == start:
                steps = [(module, edge)]
                while module != start:
                    module, previous = came_from[module]
                    steps.append((module, previous))
                return steps[::-1]
            if edge.target not in came_from:
                came_from[edge.target] = (module, edge)
                queue.append(edge.target)
    return []


def function_level_imports(root: Path, packages=PACKAGES) -> dict[str, int]:
    """{file: count} of function-level project imports, less those Django or Wagtail require
    (settings, ``AppConfig.ready``; migrations are not read at all)."""
    modules = module_files(root, packages)
    counts = {}
    for module, path in modules.items():
        if module == SETTINGS_PACKAGE or module.startswith(SETTINGS_PACKAGE + "."):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        count = 0
        for node, function, klass in _imports(tree):
            if function is None or (function == "ready" and klass and path.name == "apps.py"):
                continue
            if _targets(node, module, is_package, modules):
                count += 1
        if count:
            counts[str(path.relative_to(root))] = count
    return counts


def describe(step) -> str:
    importer, edge = step
    where = f" in {edge.function}()" if edge.function else ""
    return f"    {importer} -> {edge.target}  (line {edge.line}{where})"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    args = parser.parse_args(argv)
    graph = build_graph(args.root)
    components = strongly_connected(graph)
    print(f"{len(graph)} modules, {sum(map(len, graph.values()))} project imports read.")
    if components:
        print(f"{len(components)} import cycle(s):")
    for component in components:
        print(f"- {', '.join(component)}")
        for step in shortest_loop(graph, component):
            print(describe(step))
    if not components:
        print("No import cycles.")
    counts = function_level_imports(args.root)
    total = sum(counts.values())
    print(f"Function-level project imports outside migrations, settings and ready(): {total}")
    by_file = defaultdict(int, counts)
    for path in sorted(by_file, key=lambda p: (-by_file[p], p)):
        print(f"    {by_file[path]:3d}  {path}")
    return 1 if components else 0


if __name__ == "__main__":
    sys.exit(main())
