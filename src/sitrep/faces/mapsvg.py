"""A small static map as SVG: country outlines and event points, equirectangular.

`render_map(iso2, points)` draws the country (highlighted), its neighbours, a graticule, a
scale bar and the points; each `MapPoint` is drawn as a circle coloured by its group and
sized by its weight, with its label beside it. The projection is plate carrée scaled by the
cosine of the middle latitude, which keeps a country's shape true enough at country scale.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

from sitrep.faces.countries import country_name, outlines

COLOURS = {"violence": "#c0392b", "posture": "#1f5fa8", "unrest": "#d98c00", "other": "#555555"}
GROUP_LABELS = {"violence": "violence", "posture": "force posture", "unrest": "protest and unrest",
                "other": "other"}


@dataclass
class MapPoint:
    lat: float
    lon: float
    label: str = ""
    group: str = "other"
    weight: float = 1.0          # reports telling of it: the circle's area grows with it


def _bbox(rings: list[list[tuple[float, float]]]) -> tuple[float, float, float, float] | None:
    xs = [x for r in rings for x, _ in r]
    ys = [y for r in rings for _, y in r]
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def _area(ring: list[tuple[float, float]]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))) / 2


def _main_rings(rings: list[list[tuple[float, float]]]) -> list[list[tuple[float, float]]]:
    """The country's mainland and the large islands near it, not far-off territories (French
    Guiana for France, Alaska for the United States): the map frames these."""
    if not rings:
        return []
    areas = [_area(r) for r in rings]
    main = rings[areas.index(max(areas))]
    b = _bbox([main])
    cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2

    def near(r: list[tuple[float, float]]) -> bool:
        rb = _bbox([r])
        x, y = (rb[0] + rb[2]) / 2, (rb[1] + rb[3]) / 2
        return math.hypot((x - cx) * math.cos(math.radians((y + cy) / 2)), y - cy) <= 25
    return [r for r, a in zip(rings, areas) if a >= 0.1 * max(areas) and near(r)]


def _step(span: float) -> float:
    for s in (0.5, 1, 2, 5, 10, 20, 30):
        if span / s <= 8:
            return s
    return 45


def render_map(iso2: str | None, points: list[MapPoint], width: int = 640, title: str | None = None) -> str:
    """The SVG text of a map of the country (or of the points alone when it has no outline)."""
    world = outlines()
    home = world.get((iso2 or "").upper(), [])
    box = _bbox(_main_rings(home))
    pts = [p for p in points if p.lat is not None and p.lon is not None]
    if pts:
        pbox = (min(p.lon for p in pts), min(p.lat for p in pts), max(p.lon for p in pts), max(p.lat for p in pts))
        box = pbox if box is None else (min(box[0], pbox[0]), min(box[1], pbox[1]),
                                        max(box[2], pbox[2]), max(box[3], pbox[3]))
    if box is None:
        box = (-180.0, -60.0, 180.0, 80.0)
    x0, y0, x1, y1 = box
    # at least 2 degrees across, with a margin around the country
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half_w, half_h = max(1.0, (x1 - x0) / 2) * 1.12, max(1.0, (y1 - y0) / 2) * 1.12
    x0, x1, y0, y1 = cx - half_w, cx + half_w, max(-85.0, cy - half_h), min(85.0, cy + half_h)
    k_lon = math.cos(math.radians((y0 + y1) / 2))
    # a frame between 2:1 and 4:3 (wide and short): a tall country gets its neighbours beside it
    aspect = (y1 - y0) / ((x1 - x0) * k_lon)
    if aspect > 0.75:
        grow = ((y1 - y0) / 0.75 / k_lon - (x1 - x0)) / 2
        x0, x1 = x0 - grow, x1 + grow
    elif aspect < 0.5:
        grow = min(85.0, (x1 - x0) * k_lon * 0.5 - (y1 - y0)) / 2
        y0, y1 = max(-85.0, y0 - grow), min(85.0, y1 + grow)
    scale = width / ((x1 - x0) * k_lon)
    height = max(120, int(round((y1 - y0) * scale)))
    legend_h = 26
    total_h = height + legend_h

    def px(lon: float, lat: float) -> tuple[float, float]:
        return (lon - x0) * k_lon * scale, (y1 - lat) * scale

    def project(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for lon, lat in ring:
            x, y = px(lon, lat)
            if out and abs(x - out[-1][0]) < 0.6 and abs(y - out[-1][1]) < 0.6:
                continue
            out.append((x, y))
        return out

    def path(ring: list[tuple[float, float]]) -> str:
        return "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in ring) + "Z" if len(ring) > 2 else ""

    def visible(ring: list[tuple[float, float]]) -> bool:
        b = _bbox([ring])
        return b is not None and b[2] >= x0 and b[0] <= x1 and b[3] >= y0 and b[1] <= y1

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="sitrep-map" width="{width}" height="{total_h}" '
             f'viewBox="0 0 {width} {total_h}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" '
             f'font-size="11">']
    if title:
        parts.append(f"<title>{escape(title)}</title>")
    parts.append(f'<defs><clipPath id="frame"><rect width="{width}" height="{height}"/></clipPath></defs>')
    parts.append(f'<rect width="{width}" height="{height}" fill="#dfeaf2"/>')
    parts.append('<g clip-path="url(#frame)">')
    neighbours = {code: [project(r) for r in rings if visible(r)] for code, rings in world.items()
                  if code != (iso2 or "").upper()}
    neighbours = {code: [r for r in rings if len(r) > 2] for code, rings in neighbours.items()}
    neighbours = {code: rings for code, rings in neighbours.items() if rings}
    others = "".join(path(r) for rings in neighbours.values() for r in rings)
    if others:
        parts.append(f'<path d="{others}" fill="#ecebe6" stroke="#a9a9a4" stroke-width="0.6" '
                     f'stroke-linejoin="round"/>')
    names = {code: (country_name(code) or code).upper() for code in neighbours}
    for code, (lx, ly) in _label_points(neighbours, names, width, height).items():
        name = names[code]
        parts.append(f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="middle" fill="#8a8a84" font-size="10" '
                     f'letter-spacing="1">{escape(name)}</text>')
    mine = "".join(path(project(r)) for r in home if visible(r))
    if mine:
        parts.append(f'<path d="{mine}" fill="#fffdf5" stroke="#333" stroke-width="1.2" stroke-linejoin="round" '
                     f'fill-rule="evenodd"/>')
    # graticule
    step = _step(max(x1 - x0, y1 - y0))
    lines = []
    lon = math.ceil(x0 / step) * step
    while lon <= x1:
        x, _ = px(lon, 0)
        lines.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height}"/>'
                     f'<text x="{x + 2:.1f}" y="{height - 3}" fill="#7a8a96" stroke="none" font-size="9">'
                     f'{_deg(lon, "E", "W")}</text>')
        lon += step
    lat = math.ceil(y0 / step) * step
    while lat <= y1:
        _, y = px(x0, lat)
        lines.append(f'<line x1="0" y1="{y:.1f}" x2="{width}" y2="{y:.1f}"/>'
                     f'<text x="2" y="{y - 2:.1f}" fill="#7a8a96" stroke="none" font-size="9">'
                     f'{_deg(lat, "N", "S")}</text>')
        lat += step
    parts.append(f'<g stroke="#9fb3c2" stroke-width="0.4" stroke-dasharray="2,3">{"".join(lines)}</g>')
    # points: larger first, so that small ones stay visible on top
    for p in sorted(pts, key=lambda p: -p.weight):
        x, y = px(p.lon, p.lat)
        r = 3.5 + 2.2 * math.sqrt(max(0.0, p.weight - 1))
        colour = COLOURS.get(p.group, COLOURS["other"])
        tip = f"<title>{escape(p.label)}</title>" if p.label else ""
        parts.append(f'<circle class="event" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}" '
                     f'fill-opacity="0.75" stroke="#fff" stroke-width="0.8">{tip}</circle>')
    boxes: list[tuple[float, float, float, float]] = []
    for p in sorted(pts, key=lambda p: -p.weight):
        if not p.label:
            continue
        x, y = px(p.lon, p.lat)
        w = 6.3 * len(p.label)
        # right of the point, left of it, above, below: the first place no other label holds
        for bx, by, anchor in ((x + 7, y + 4, "start"), (x - 7, y + 4, "end"),
                               (x + 4, y - 8, "start"), (x + 4, y + 15, "start")):
            box = (bx if anchor == "start" else bx - w, by - 10, bx + w if anchor == "start" else bx, by + 2)
            if box[0] < 0 or box[2] > width or box[1] < 0 or box[3] > height:
                continue
            if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in boxes):
                continue
            boxes.append(box)
            at = f'x="{bx:.1f}" y="{by:.1f}" text-anchor="{anchor}"'
            # a white halo under the label (two texts: paint-order is not read by every renderer)
            parts.append(f'<text {at} fill="#fff" stroke="#fff" stroke-width="3" stroke-linejoin="round" '
                         f'opacity="0.85">{escape(p.label)}</text><text {at} fill="#222">{escape(p.label)}</text>')
            break
    parts.append("</g>")
    parts.append(f'<rect width="{width}" height="{height}" fill="none" stroke="#666" stroke-width="0.8"/>')
    # legend and scale bar
    y = height + 17
    x = 4.0
    used = [g for g in COLOURS if any(p.group == g for p in pts)]
    for g in used:
        parts.append(f'<circle cx="{x + 5:.1f}" cy="{y - 4}" r="4.5" fill="{COLOURS[g]}" fill-opacity="0.75"/>'
                     f'<text x="{x + 13:.1f}" y="{y}" fill="#333">{GROUP_LABELS[g]}</text>')
        x += 22 + 6.6 * len(GROUP_LABELS[g])
    km_per_px = (x1 - x0) * 111.32 * k_lon / width
    bar_km = _nice(km_per_px * width / 5)
    bar_px = bar_km / km_per_px
    bx = width - bar_px - 10
    parts.append(f'<g stroke="#333" stroke-width="1.2"><line x1="{bx:.1f}" y1="{y - 3}" x2="{bx + bar_px:.1f}" '
                 f'y2="{y - 3}"/><line x1="{bx:.1f}" y1="{y - 7}" x2="{bx:.1f}" y2="{y + 1}"/>'
                 f'<line x1="{bx + bar_px:.1f}" y1="{y - 7}" x2="{bx + bar_px:.1f}" y2="{y + 1}"/></g>'
                 f'<text x="{bx - 5:.1f}" y="{y}" text-anchor="end" fill="#333">{bar_km:g} km</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _inside(x: float, y: float, ring: list[tuple[float, float]]) -> bool:
    hit = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def _label_points(countries: dict[str, list[list[tuple[float, float]]]], names: dict[str, str], width: int,
                  height: int, n: int = 16) -> dict[str, tuple[float, float]]:
    """Where to write each neighbour's name: the middle of the grid cells where the whole name
    fits inside the country and the frame, for countries that have room for it."""
    out = {}
    cells = [((i + 0.5) * width / n, (j + 0.5) * height / n) for i in range(n) for j in range(n)]
    for code, rings in countries.items():
        boxes = [(min(x for x, _ in r), min(y for _, y in r), max(x for x, _ in r), max(y for _, y in r), r)
                 for r in rings]

        def inside(x: float, y: float) -> bool:
            return bool(sum(_inside(x, y, r) for bx0, by0, bx1, by1, r in boxes
                            if bx0 <= x <= bx1 and by0 <= y <= by1) % 2)
        half = 3.6 * len(names[code]) + 4
        hits = [(x, y) for x, y in cells if half < x < width - half and 14 < y < height - 14
                and inside(x, y) and inside(x - half, y) and inside(x + half, y)
                and inside(x - half, y - 8) and inside(x + half, y - 8)]
        if len(hits) >= 2:
            # the hit nearest the mean, so that the name stays inside a concave country
            mx, my = sum(x for x, _ in hits) / len(hits), sum(y for _, y in hits) / len(hits)
            out[code] = min(hits, key=lambda h: (h[0] - mx) ** 2 + (h[1] - my) ** 2)
    return out


def _deg(v: float, pos: str, neg: str) -> str:
    return f"{abs(v):g}°{pos if v >= 0 else neg}"


def _nice(km: float) -> float:
    if km <= 0:
        return 1.0
    mag = 10 ** math.floor(math.log10(km))
    for m in (1, 2, 5, 10):
        if m * mag >= km * 0.7:
            return m * mag
    return 10 * mag
