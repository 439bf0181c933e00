"""Distances on the globe, shared by the gazetteer, the stages, fusion and the store."""
from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def box(lat: float, lon: float, radius_km: float) -> tuple[float, float, float, float]:
    """A latitude/longitude box holding the circle: (min_lat, max_lat, min_lon, max_lon), for an index scan."""
    dlat = radius_km / 111.0
    dlon = radius_km / max(1.0, 111.0 * math.cos(math.radians(lat)))
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


def destination(lat: float, lon: float, bearing: float, d_km: float) -> tuple[float, float]:
    """The point d_km from (lat, lon) on the initial bearing (degrees from north), on the sphere."""
    r = EARTH_RADIUS_KM
    p1, l1, b = math.radians(lat), math.radians(lon), math.radians(bearing)
    p2 = math.asin(math.sin(p1) * math.cos(d_km / r) + math.cos(p1) * math.sin(d_km / r) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d_km / r) * math.cos(p1), math.cos(d_km / r) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 540) % 360 - 180
