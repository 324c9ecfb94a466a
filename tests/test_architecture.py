"""The house: which module may import which (ARCHITECTURE.md explains the floors).

Every application module stands on a floor of ``FLOORS`` below. A module imports from its
own floor or from lower ones, never from a higher one, and no chain of imports comes back to
where it started. Imports are read from the source with ``ast`` (nothing is imported):
module-level imports and imports inside functions count alike, since a lazy import is still
a dependency and the circle it hides still runs. Only ``if TYPE_CHECKING:`` imports, which
never run, are left out of the circles; they still count for the floors.
"""

import ast
from collections import defaultdict, deque
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# The floor map. A module stands on the highest floor whose patterns it matches: "events"
# matches that package and everything in it; "*.views" matches a module or package named
# ``views`` anywhere below an app's top level (events.views, registrations.templatetags.x).
FLOORS = [
    (0, "plain helpers", ["common"]),
    (1, "snippets", ["taxonomy"]),
    (2, "content", ["home", "labs", "defis", "events"]),
    (3, "rules", ["registrations", "submissions", "proposals", "ideas"]),
    (4, "jobs", ["registrations.jobs", "proposals.jobs", "ideas.jobs", "*.management"]),
    (
        5,
        "faces",
        [
            "*.views",
            "*.admin_views",
            "registrations.staff",
            "*.forms",
            "*.admin_forms",
            "*.templatetags",
            "*.wagtail_hooks",
            "*.signals",
            "*.urls",
            # Admin screens of the registrations that are not named views: the controls of
            # a session's screen, and the confirmation of deleting or unpublishing events.
            "*.session_controls",
            "*.page_actions",
            # An AppConfig's ready() connects the app's signals: it stands with them.
            "*.apps",
            "search",
            "seo",
            "shell",
            # Admin sign-in: it guards the staff screens, so it stands beside them.
            "accounts",
        ],
    ),
    (6, "demo content", ["demo"]),
    (7, "configuration", ["config"]),
]

# Imports the floors would allow but the house does not.
FORBIDDEN = [
    ("labs", "events", "the labs do not depend on the programme"),
    (
        "registrations.mail",
        "registrations.notifications",
        "notifications queue emails through mail, never back",
    ),
]

# Not application code: these may import the application; the application never imports them.
OUTSIDE = {"tests", "benchmarks", "tools"}

MAX_LINES = 400


def is_demo_data(module):
    """The demo's data files (``demo/data/*.py`` or ``demo/data_*.py``): content, not code."""
    parts = module.split(".")
    below = parts[parts.index("demo") + 1 :] if "demo" in parts else []
    return any(part == "data" or part.startswith("data_") for part in below)


def matches(module, pattern):
    if pattern.startswith("*."):
        return pattern[2:] in module.split(".")[1:]
    return module == pattern or module.startswith(pattern + ".")


def floor_of(module):
    found = [floor for floor, _, patterns in FLOORS if any(matches(module, p) for p in patterns)]
    return max(found, default=None)


def describe(module):
    floor = floor_of(module)
    name = {f: name for f, name, _ in FLOORS}[floor]
    return f"{module} (floor {floor}, {name})"


# --- Reading the imports -----------------------------------------------------------------------


@dataclass(frozen=True)
class Import:
    source: str
    target: str
    line: int
    function: str | None = None
    type_checking: bool = False

    def where(self):
        place = f"line {self.line}"
        if self.function:
            place += f", in {self.function}()"
        if self.type_checking:
            place += ", under TYPE_CHECKING"
        return place


def modules_in(folder):
    """{dotted module name: path} of the Python files of a package."""
    found = {}
    for path in sorted(folder.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


@cache
def application_files():
    files = {}
    for package in sorted(init.parent for init in ROOT.glob("*/__init__.py")):
        if package.name not in OUTSIDE:
            files |= modules_in(package)
    return files


class ImportReader(ast.NodeVisitor):
    """The imports of one module, with the function each stands in (if any)."""

    def __init__(self, module, is_package, known):
        self.module = module
        self.package = module if is_package else module.rpartition(".")[0]
        self.known = known
        self.roots = {name.split(".")[0] for name in known}
        self.scope = []
        self.functions = []
        self.type_checking = False
        self.imports = []

    def visit_ClassDef(self, node):
        # A class body runs at import time: its imports are module-level. The class only
        # names the methods below it.
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    def visit_FunctionDef(self, node):
        self.functions.append(".".join([*self.scope, node.name]))
        self.visit_ClassDef(node)
        self.functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_If(self, node):
        test = node.test
        guarded = getattr(test, "id", None) == "TYPE_CHECKING" or (
            getattr(test, "attr", None) == "TYPE_CHECKING"
        )
        outer = self.type_checking
        self.type_checking = outer or guarded
        for child in node.body:
            self.visit(child)
        self.type_checking = outer
        for child in node.orelse:
            self.visit(child)

    def visit_Import(self, node):
        for alias in node.names:
            self.add(alias.name, node)

    def visit_ImportFrom(self, node):
        if node.level:
            base = self.package.split(".")[: len(self.package.split(".")) - node.level + 1]
            prefix = ".".join(base + ([node.module] if node.module else []))
        else:
            prefix = node.module
        for alias in node.names:
            # ``from events import models`` imports the module events.models.
            submodule = f"{prefix}.{alias.name}"
            self.add(submodule if submodule in self.known else prefix, node)

    def add(self, name, node):
        if name.split(".")[0] not in self.roots:
            return  # the standard library or a third-party package
        # A name that is no module (a class, a function) stands for the module defining it.
        while name not in self.known and "." in name:
            name = name.rpartition(".")[0]
        if name != self.module:
            function = self.functions[-1] if self.functions else None
            self.imports.append(
                Import(self.module, name, node.lineno, function, self.type_checking)
            )


def read_imports(module, source, known, is_package=False):
    reader = ImportReader(module, is_package, known)
    reader.visit(ast.parse(source))
    return list(dict.fromkeys(reader.imports))  # one per line and module, in order


@cache
def all_imports():
    files = application_files()
    known = set(files)
    for name in OUTSIDE:
        known |= set(modules_in(ROOT / name))
    imports = []
    for module, path in files.items():
        imports += read_imports(module, path.read_text(), known, path.name == "__init__.py")
    return tuple(imports)


# --- Circles ------------------------------------------------------------------------------------


def runs(i):
    """The modules an import runs: the target and the packages above it, the importing
    module's own packages aside (they are already running)."""
    parts = i.target.split(".")
    for depth in range(1, len(parts) + 1):
        module = ".".join(parts[:depth])
        if not i.source.startswith(module + "."):
            yield module


def import_graph(imports):
    """{module: {module it runs: the first import that does}}, TYPE_CHECKING aside."""
    edges = defaultdict(dict)
    for i in imports:
        if not i.type_checking:
            for module in runs(i):
                edges[i.source].setdefault(module, i)
    return edges


def find_circles(edges):
    """[(members, a shortest circle)] for each group of modules that import one another,
    directly or through others (Tarjan's strongly connected components). Every import from a
    member to a member lies on some circle."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def connect(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, {}):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while node not in group:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
            if len(group) > 1:
                groups.append(group)

    for node in sorted(edges):
        if node not in index:
            connect(node)

    found = []
    for group in groups:
        start = min(group)
        came_from, queue, last = {start: None}, deque([start]), None
        while last is None:  # breadth-first, inside the group, back to start
            node = queue.popleft()
            for target in sorted(edges.get(node, {})):
                if target == start:
                    last = node
                    break
                if target in group and target not in came_from:
                    came_from[target] = node
                    queue.append(target)
        circle = [start]
        while last is not None:
            circle.insert(1, last)
            last = came_from[last]
        found.append((sorted(group), circle[1:] + [circle[1]]))
    return sorted(found)


def fail_with(title, lines):
    if lines:
        pytest.fail(f"{title}:\n" + "\n".join(lines), pytrace=False)


def test_no_import_circle():
    imports = all_imports()
    circles = find_circles(import_graph(imports))
    report = []
    for number, (group, circle) in enumerate(circles, 1):
        report.append(f"circle {number}: {' -> '.join(circle)}")
        if len(group) > len(circle) - 1:
            report.append(f"  {len(group)} modules import one another: {', '.join(group)}")
        closing = [
            i
            for i in imports
            if not i.type_checking and i.source in group and set(runs(i)) & set(group)
        ]
        report += [
            f"  {i.source} imports {i.target} ({i.where()})"
            for i in sorted(closing, key=lambda i: (i.source, i.line, i.target))
        ]
    fail_with(f"{len(circles)} import circle(s) between the application's modules", report)


def test_circle_finder_names_each_circle_and_its_modules():
    def edge(source, target):
        return {target: Import(source, target, 1)}

    edges = {
        "a.models": edge("a.models", "a.queries"),
        "a.queries": edge("a.queries", "b.rules"),
        "b.rules": edge("b.rules", "a.models") | edge("b.rules", "c"),
        "c": {},
        "d": edge("d", "e"),
        "e": edge("e", "d"),
    }
    assert find_circles(edges) == [
        (["a.models", "a.queries", "b.rules"], ["a.models", "a.queries", "b.rules", "a.models"]),
        (["d", "e"], ["d", "e", "d"]),
    ]
    del edges["b.rules"]["a.models"], edges["e"]["d"]
    assert find_circles(edges) == []


def test_reader_sees_lazy_relative_and_type_checking_imports():
    source = """
from typing import TYPE_CHECKING

import events.models
from django.db import models
from . import services
from .models import Registration

if TYPE_CHECKING:
    from home.models import HomePage

class Screen:
    def post(self):
        from registrations.jobs import send_due_reminders
"""
    known = {"events", "events.models", "home", "home.models", "registrations"}
    known |= {"registrations.models", "registrations.services", "registrations.jobs"}
    imports = read_imports("registrations.views", source, known)
    assert [(i.target, i.line, i.function, i.type_checking) for i in imports] == [
        ("events.models", 4, None, False),
        ("registrations.services", 6, None, False),
        ("registrations.models", 7, None, False),
        ("home.models", 10, None, True),
        ("registrations.jobs", 14, "Screen.post", False),
    ]
    assert set(runs(imports[0])) == {"events", "events.models"}


# --- Floors -------------------------------------------------------------------------------------


def test_every_application_package_is_on_a_floor():
    fail_with(
        "packages on no floor: add them to FLOORS",
        [m for m in application_files() if "." not in m and floor_of(m) is None],
    )


def test_floor_map_names_only_packages_that_exist():
    fail_with(
        "FLOORS names modules that do not exist",
        [
            pattern
            for _, _, patterns in FLOORS
            for pattern in patterns
            if not pattern.startswith("*.") and pattern not in application_files()
        ],
    )


def test_no_import_from_a_lower_floor_to_a_higher_one():
    upward = sorted(
        f"{describe(i.source)} imports {describe(i.target)} ({i.where()})"
        for i in all_imports()
        if i.target in application_files() and floor_of(i.target) > floor_of(i.source)
    )
    fail_with(f"{len(upward)} import(s) from a lower floor to a higher one", upward)


def test_no_forbidden_import_between_neighbours():
    fail_with(
        "imports the house forbids",
        sorted(
            f"{i.source} imports {i.target} ({i.where()}): {why}"
            for i in all_imports()
            for source, target, why in FORBIDDEN
            if matches(i.source, source) and matches(i.target, target)
        ),
    )


def test_the_registration_rules_are_reached_through_services_only():
    """``registrations.services`` is the face of ``registrations.rules``: nothing else in the
    house imports a rule module (the package's own modules import each other)."""
    fail_with(
        "imports of the rule modules from outside registrations.services",
        sorted(
            f"{i.source} imports {i.target} ({i.where()})"
            for i in all_imports()
            if matches(i.target, "registrations.rules")
            and not matches(i.source, "registrations.rules")
            and i.source != "registrations.services"
        ),
    )


def test_application_never_imports_tests_benchmarks_or_tools():
    fail_with(
        "application modules importing what is not application code",
        sorted(
            f"{i.source} imports {i.target} ({i.where()})"
            for i in all_imports()
            if i.target not in application_files()
        ),
    )


@pytest.mark.parametrize(
    "module, floor",
    [
        ("common.text", 0),
        ("taxonomy.models", 1),
        ("events.availability", 2),
        ("events.queries", 2),
        ("events.templatetags.event_tags", 5),
        ("registrations.services", 3),
        ("registrations.rules.sessions", 3),
        ("events.ownership", 2),
        ("events.editor", 2),
        ("registrations.session_controls", 5),
        ("registrations.page_actions", 5),
        ("registrations.mail", 3),
        ("registrations.jobs", 4),
        ("registrations.management.commands.send_session_reminders", 4),
        ("registrations.admin_views", 5),
        ("registrations.apps", 5),
        ("search.views", 5),
        ("shell.templatetags.navigation_tags", 5),
        ("demo.management.commands.load_demo_content", 6),
        ("demo.data.events_2021", 6),
        ("config.urls", 7),
    ],
)
def test_floor_map_places_modules_as_architecture_md_says(module, floor):
    assert floor_of(module) == floor


def test_only_the_demo_data_files_may_be_long():
    assert is_demo_data("demo.data.events_2021") and is_demo_data("home.demo.data_labs")
    assert not is_demo_data("demo.loader") and not is_demo_data("registrations.details")


# --- Size ---------------------------------------------------------------------------------------


def test_no_application_module_is_over_400_lines():
    fail_with(
        f"modules over {MAX_LINES} lines (demo data files aside): split them",
        sorted(
            f"{path.relative_to(ROOT)}: {lines} lines"
            for module, path in application_files().items()
            if ".migrations." not in f"{module}." and not is_demo_data(module)
            if (lines := len(path.read_text().splitlines())) > MAX_LINES
        ),
    )
