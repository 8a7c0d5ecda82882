"""scripts/import_cycles.py finds cycles hidden in function-level imports, and the project has
none: no cycle among its modules and no function-level import of a project module."""

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "import_cycles.py"


def load_checker():
    spec = importlib.util.spec_from_file_location("import_cycles", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


checker = load_checker()


def write(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_a_cycle_through_a_function_level_import_is_found(tmp_path):
    write(
        tmp_path,
        {
            "shop/__init__.py": "",
            "shop/cart.py": "from shop import prices\n",  # a submodule, named from its package
            "shop/prices.py": "def total():\n    from .cart import items\n    return items\n",
            "shop/unrelated.py": "import shop.prices\n",
            "shop/migrations/0001.py": "from shop.unrelated import x\n",  # never read
        },
    )
    graph = checker.build_graph(tmp_path, packages=("shop",))
    assert sorted(graph) == ["shop", "shop.cart", "shop.prices", "shop.unrelated"]
    assert checker.strongly_connected(graph) == [["shop.cart", "shop.prices"]]
    loop = checker.shortest_loop(graph, ["shop.cart", "shop.prices"])
    assert [(importer, edge.target, edge.function) for importer, edge in loop] == [
        ("shop.cart", "shop.prices", None),
        ("shop.prices", "shop.cart", "total"),
    ]
    assert checker.function_level_imports(tmp_path, packages=("shop",)) == {"shop/prices.py": 1}


def test_a_submodule_importing_its_own_package_is_a_cycle(tmp_path):
    write(
        tmp_path,
        {
            "shop/__init__.py": "from .models import Item\n",
            "shop/models.py": "from shop import helpers\n",  # helpers is a name in __init__
        },
    )
    graph = checker.build_graph(tmp_path, packages=("shop",))
    assert checker.strongly_connected(graph) == [["shop", "shop.models"]]


def test_an_acyclic_package_has_no_cycle_and_the_script_exits_0(tmp_path):
    write(
        tmp_path,
        {
            "portal/__init__.py": "",
            "portal/low.py": "import os\n",
            "portal/mid.py": "from . import low\n\ndef f():\n    from portal.low import x\n",
            "portal/top.py": "from portal.mid import f\nfrom portal import low\n",
            "portal/apps.py": "class C:\n    def ready(self):\n        from . import top\n",
        },
    )
    graph = checker.build_graph(tmp_path, packages=("portal",))
    assert {e.target for e in graph["portal.top"]} == {"portal.mid", "portal.low"}
    assert checker.strongly_connected(graph) == []
    # ready() is where Django wants such imports; the one in mid.f is counted.
    assert checker.function_level_imports(tmp_path, packages=("portal",)) == {"portal/mid.py": 1}
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--root", str(tmp_path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
    assert "No import cycles." in result.stdout


def test_the_project_has_no_import_cycle_and_no_function_level_project_import():
    graph = checker.build_graph(ROOT)
    assert "portal.pagecache.middleware" in graph and "home.models" in graph
    assert "feedback.internal.section" in graph and "child_info.readability.verdict" in graph
    assert checker.strongly_connected(graph) == []
    # Outside migrations, settings and AppConfig.ready() every project import is at the top.
    assert checker.function_level_imports(ROOT) == {}
    result = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
