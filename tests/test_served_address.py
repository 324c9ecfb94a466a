"""`make run PORT=8080` (the README's example): every absolute link (emails, invites, result
and manage pages) points where the site is served, unless SITE_URL says otherwise."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Stands in for the interpreter: each command of the recipe prints the addresses it gets.
SHOW = 'sh -c "echo $$SITE_URL $$WAGTAILADMIN_BASE_URL" --'


def addresses_given_by_make_run(*arguments, **environment):
    env = {k: v for k, v in os.environ.items() if k not in ("SITE_URL", "WAGTAILADMIN_BASE_URL")}
    output = subprocess.run(
        ["make", "-s", "-o", "messages", "run", f"PY={SHOW}", *arguments],
        cwd=ROOT,
        env=env | environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    return set(output.split("\n")) - {""}


@pytest.mark.skipif(not shutil.which("make"), reason="GNU make runs `make run`")
def test_make_run_on_another_port_gives_that_address_to_the_site_and_the_worker():
    assert addresses_given_by_make_run("PORT=8080") == {
        "http://127.0.0.1:8080 http://127.0.0.1:8080"
    }
    assert addresses_given_by_make_run("HOST=0.0.0.0", "PORT=9000") == {
        "http://0.0.0.0:9000 http://0.0.0.0:9000"
    }


@pytest.mark.skipif(not shutil.which("make"), reason="GNU make runs `make run`")
def test_site_url_set_by_the_operator_wins():
    given = addresses_given_by_make_run("PORT=8080", SITE_URL="https://innovation.gouv.fr")
    assert given == {"https://innovation.gouv.fr https://innovation.gouv.fr"}
