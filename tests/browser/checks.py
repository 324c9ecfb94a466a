"""Accessibility and HTML validity checks for pages seen in Chromium."""

import json
import subprocess
import tempfile
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[2] / "tools" / "browser"
AXE_JS = TOOLS / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = TOOLS / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# WCAG 2.1 AA, the level the RGAA maps to, plus axe's best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def axe_violations(page, tags=AXE_TAGS):
    """axe-core's violations on the page as it is now, one readable line per node."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol, which the page's policy does not govern.
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    # Colours are read as they end up: a button still fading in after a tap (a CSS
    # transition) has, for a few frames, a contrast nobody sees. Endless animations aside,
    # and two seconds at most.
    page.evaluate(
        "() => Promise.race([Promise.all(document.getAnimations()"
        ".filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)"
        ".map((a) => a.finished.catch(() => null))), "
        "new Promise((done) => setTimeout(done, 2000))]).then(() => null)"
    )
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}, "
        "resultTypes: ['violations']})",
        tags,
    )
    lines = []
    for violation in result["violations"]:
        for node in violation["nodes"]:
            lines.append(
                f"{violation['id']} ({violation['impact']}): {violation['help']} — "
                f"{' '.join(map(str, node['target']))}: {node['html'][:200]}"
            )
    return lines


def vnu_errors(documents):
    """Validate ``{name: html}`` with the W3C Nu checker in one run; errors by name."""
    with tempfile.TemporaryDirectory(prefix="vnu-") as folder:
        paths = {}
        for index, (name, html) in enumerate(documents.items()):
            path = Path(folder) / f"{index:03d}.html"
            path.write_text(html, encoding="utf-8")
            paths[path.resolve().as_uri()] = name
        result = subprocess.run(
            [
                "java",
                "-Xss8m",
                "-jar",
                str(VNU_JAR),
                "--format",
                "json",
                "--exit-zero-always",
                *[str(Path(folder) / f"{i:03d}.html") for i in range(len(paths))],
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
    try:
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except ValueError as error:
        raise RuntimeError(f"vnu failed: {result.stderr or result.stdout}") from error
    errors = {}
    for message in messages:
        if message.get("type") != "error" and message.get("subType") != "fatal":
            continue
        url = message.get("url", "")
        name = paths.get(url) or paths.get(url.replace("file:/", "file:///", 1)) or url
        where = f"line {message.get('lastLine', '?')}"
        errors.setdefault(name, []).append(
            f"{where}: {message['message']} [{(message.get('extract') or '').strip()[:120]}]"
        )
    return errors
