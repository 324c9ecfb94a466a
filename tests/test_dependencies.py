"""The two locks agree with pyproject.toml and with each other.

``requirements.lock`` is what production installs, ``requirements-dev.lock`` what tests and
CI install; both come from ``make lock``. A production pin that differs in the development
lock would mean the tests ran on other code than production runs.
"""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def name(requirement):
    """The normalised distribution name of a requirement ("psycopg[binary]==3" -> "psycopg")."""
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def pins(lock):
    """{name: (version, hashes)} of a lock written by ``uv pip compile --generate-hashes``."""
    text = (ROOT / lock).read_text()
    found = {}
    for block in re.split(r"\n(?=[a-z0-9])", text):
        first = re.match(r"([a-z0-9][a-z0-9._-]*)==(\S+)", block)
        if first:
            found[first[1].replace("_", "-")] = (first[2], set(re.findall(r"sha256:\w+", block)))
    return found


PRODUCTION = pins("requirements.lock")
DEVELOPMENT = pins("requirements-dev.lock")
DEV_TOOLS = {name(r): r for r in PROJECT["optional-dependencies"]["dev"]}


def test_every_pin_carries_its_hashes():
    for lock, found in (("requirements.lock", PRODUCTION), ("requirements-dev.lock", DEVELOPMENT)):
        assert found, lock
        assert [n for n, (_version, hashes) in found.items() if not hashes] == [], lock


def test_production_lock_has_every_dependency_and_no_development_tool():
    assert {name(r) for r in PROJECT["dependencies"]} - PRODUCTION.keys() == set()
    assert DEV_TOOLS.keys() & PRODUCTION.keys() == set()


def test_development_lock_is_the_production_lock_plus_the_tools():
    changed = {
        package: (pin[0], DEVELOPMENT.get(package, ("missing",))[0])
        for package, pin in PRODUCTION.items()
        if DEVELOPMENT.get(package) != pin
    }
    assert changed == {}
    assert DEV_TOOLS.keys() - DEVELOPMENT.keys() == set()


def test_development_tools_are_pinned_exactly_in_pyproject():
    for tool, requirement in DEV_TOOLS.items():
        assert requirement == f"{tool}=={DEVELOPMENT[tool][0]}"
