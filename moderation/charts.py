"""Small bar charts drawn on the server as SVG: no script, no library, no outside request.

Each chart carries a <title> and <desc> for screen readers; the pages also show the same
numbers in a table, which is the accessible way to read them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

BAR_COLOUR = "#1f5f7a"
ALERT_COLOUR = "#8a1c1c"
INK = "#1d2731"
LINE = "#d9d6cf"


@dataclass(frozen=True)
class Bar:
    """One bar: what it is, how long it is, and the figure printed beside it."""

    label: str
    value: float
    shown_as: str
    alert: bool = False


def _fill(bar: Bar) -> str:
    return ALERT_COLOUR if bar.alert else BAR_COLOUR


def horizontal_bars(
    bars: Sequence[Bar],
    *,
    chart_id: str,
    title: str,
    description: str,
    width: int = 640,
    label_width: int = 210,
    bar_height: int = 22,
    gap: int = 10,
) -> SafeString:
    """Bars running left to right, one per row, labelled on the left."""
    rows = max(len(bars), 1)
    height = rows * (bar_height + gap) + gap
    room = width - label_width - 70
    largest = max((bar.value for bar in bars), default=0) or 1
    parts = [_open(chart_id, title, description, width, height)]
    for index, bar in enumerate(bars):
        top = gap + index * (bar_height + gap)
        length = max(bar.value / largest * room, 1 if bar.value else 0)
        middle = top + bar_height * 0.7
        parts.append(
            f'<text class="chart-label" x="{label_width - 8}" y="{middle:.1f}" '
            f'text-anchor="end" fill="{INK}">{escape(bar.label)}</text>'
            f'<rect class="chart-bar{" chart-bar-safeguarding" if bar.alert else ""}" '
            f'x="{label_width}" y="{top}" width="{length:.1f}" height="{bar_height}" rx="2" '
            f'fill="{_fill(bar)}"></rect>'
            f'<text class="chart-value" x="{label_width + length + 6:.1f}" y="{middle:.1f}" '
            f'fill="{INK}">{escape(bar.shown_as)}</text>'
        )
    if not bars:
        parts.append(
            f'<text class="chart-label" x="{label_width}" y="{gap + 15}" fill="{INK}">'
            "Nothing to show yet.</text>"
        )
    parts.append(
        f'<line class="chart-axis" x1="{label_width}" y1="0" x2="{label_width}" '
        f'y2="{height}" stroke="{LINE}"></line></svg>'
    )
    return mark_safe("".join(parts))  # noqa: S308 - every label and figure is escaped


def vertical_bars(
    bars: Sequence[Bar],
    *,
    chart_id: str,
    title: str,
    description: str,
    width: int = 640,
    height: int = 220,
) -> SafeString:
    """Columns side by side, labelled underneath: for figures over time."""
    label_room, top_room = 36, 24
    plot = height - label_room - top_room
    count = max(len(bars), 1)
    slot = width / count
    column = min(slot * 0.6, 60)
    largest = max((bar.value for bar in bars), default=0) or 1
    parts = [_open(chart_id, title, description, width, height)]
    for index, bar in enumerate(bars):
        size = bar.value / largest * plot
        left = index * slot + (slot - column) / 2
        top = top_room + plot - size
        centre = left + column / 2
        parts.append(
            f'<rect class="chart-bar" x="{left:.1f}" y="{top:.1f}" width="{column:.1f}" '
            f'height="{size:.1f}" rx="2" fill="{_fill(bar)}"></rect>'
            f'<text class="chart-value" x="{centre:.1f}" y="{top - 6:.1f}" '
            f'text-anchor="middle" fill="{INK}">{escape(bar.shown_as)}</text>'
            f'<text class="chart-label" x="{centre:.1f}" y="{height - 12}" '
            f'text-anchor="middle" fill="{INK}">{escape(bar.label)}</text>'
        )
    parts.append(
        f'<line class="chart-axis" x1="0" y1="{top_room + plot}" x2="{width}" '
        f'y2="{top_room + plot}" stroke="{LINE}"></line></svg>'
    )
    return mark_safe("".join(parts))  # noqa: S308 - every label and figure is escaped


def _open(chart_id: str, title: str, description: str, width: int, height: int) -> str:
    chart_id = escape(chart_id)
    return (
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>'
    )
