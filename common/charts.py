"""Small charts drawn on the server as SVG: no script, no CDN, readable by everyone.

Each chart is one ``<svg role="img">`` named by its ``<title>`` and described by its
``<desc>`` (``aria-labelledby``): a screen reader hears what the chart shows, and the page
puts the same figures in a table beside it. Text uses ``currentColor`` so that the chart
follows a light or dark admin theme; the bars' blue keeps a 3:1 contrast on both.
"""

from dataclasses import dataclass
from itertools import count

from django.utils.formats import number_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

BAR = "#6a6af4"
GRID = "#929292"
WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 16, 40
_ids = count(1)


@dataclass(frozen=True)
class Point:
    label: str
    value: float


def _nice_max(value):
    """The top of the scale: a round number at or above ``value`` whose half is whole, so
    that the three grid lines of a count read 0, 1, 2 rather than 0, 0,5, 1."""
    step = 1
    while step * 10 < value:
        step *= 10
    for multiple in (2, 4, 6, 8, 10):
        if multiple * step >= value:
            return multiple * step
    return 10 * step


def _number(value):
    """A figure as the reader's language writes it (« 12,5 », "12.5")."""
    if isinstance(value, float) and value != int(value):
        return number_format(round(value, 1), decimal_pos=1)
    return number_format(int(value))


def _frame(title, desc, body, height=HEIGHT):
    uid = next(_ids)
    return mark_safe(
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" style="max-width:{WIDTH}px" class="chart" '
        f'aria-labelledby="chart-{uid}-title chart-{uid}-desc">'
        f'<title id="chart-{uid}-title">{escape(title)}</title>'
        f'<desc id="chart-{uid}-desc">{escape(desc)}</desc>'
        f'<g font-family="inherit" font-size="12" fill="currentColor">{body}</g></svg>'
    )


def _axes(top, suffix=""):
    """Three horizontal grid lines (0, half, top) with their values."""
    parts = []
    plot = HEIGHT - TOP - BOTTOM
    for fraction in (0, 0.5, 1):
        y = TOP + plot * (1 - fraction)
        text = _number(top * fraction) + suffix
        parts.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="{GRID}" stroke-width="1" stroke-dasharray="{"" if fraction == 0 else "2 3"}"/>'
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{escape(text)}</text>'
        )
    return "".join(parts)


def _x_labels(points, x_of):
    """The first, middle and last labels: enough to read the dates under many bars."""
    if not points:
        return ""
    indexes = sorted({0, len(points) // 2, len(points) - 1})
    anchors = {0: "start", len(points) - 1: "end"}
    return "".join(
        f'<text x="{x_of(i):.1f}" y="{HEIGHT - BOTTOM + 18}" '
        f'text-anchor="{anchors.get(i, "middle") if len(points) > 1 else "middle"}">'
        f"{escape(points[i].label)}</text>"
        for i in indexes
    )


def bar_chart(points: list[Point], *, title: str, desc: str) -> SafeString:
    """Vertical bars, one per point (days of registrations...)."""
    top = _nice_max(max((p.value for p in points), default=0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / max(len(points), 1)
    bar_w = max(slot * 0.8, 1)

    def x_of(i):
        return LEFT + slot * i + slot / 2

    bars = "".join(
        f'<rect x="{x_of(i) - bar_w / 2:.1f}" y="{TOP + plot_h * (1 - p.value / top):.1f}" '
        f'width="{bar_w:.1f}" height="{plot_h * p.value / top:.1f}" fill="{BAR}"/>'
        for i, p in enumerate(points)
        if p.value
    )
    return _frame(title, desc, _axes(top) + bars + _x_labels(points, x_of))


def line_chart(points: list[Point], *, title: str, desc: str) -> SafeString:
    """A line through the points (a cumulative count...), its last value written at its end."""
    top = _nice_max(max((p.value for p in points), default=0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(points) - 1, 1)

    def x_of(i):
        return LEFT + step * i if len(points) > 1 else LEFT + plot_w / 2

    coordinates = " ".join(
        f"{x_of(i):.1f},{TOP + plot_h * (1 - p.value / top):.1f}" for i, p in enumerate(points)
    )
    line = (
        f'<polyline points="{coordinates}" fill="none" stroke="{BAR}" stroke-width="3" '
        f'stroke-linejoin="round"/>'
        if points
        else ""
    )
    return _frame(title, desc, _axes(top) + line + _x_labels(points, x_of))


def rate_bars(points: list[Point], *, title: str, desc: str) -> SafeString:
    """Horizontal bars of percentages (0 to 100), one line per point, the value written."""
    row, label_w = 28, 220
    height = TOP + row * max(len(points), 1) + 8
    plot_w = WIDTH - label_w - 64
    parts = []
    for i, p in enumerate(points):
        y = TOP + row * i
        width = plot_w * min(max(p.value, 0), 100) / 100
        label = p.label if len(p.label) <= 32 else p.label[:31] + "…"
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{label_w}" y="{y + 4}" width="{plot_w}" height="16" fill="none" '
            f'stroke="{GRID}" stroke-width="1"/>'
            f'<rect x="{label_w}" y="{y + 4}" width="{width:.1f}" height="16" fill="{BAR}"/>'
            f'<text x="{label_w + plot_w + 6}" y="{y + 16}">{escape(_number(p.value))} %</text>'
        )
    return _frame(title, desc, "".join(parts), height=height)
