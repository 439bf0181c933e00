"""Settings read once at the edge: package defaults overlaid by a user file and the environment."""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Settings:
    """Plain values, passed on from the edge; `replace(settings, store_url=...)` for overrides."""
    store_url: str
    max_bytes: int
    min_text_chars: int
    model: str
    batch_size: int
    workers: int                 # processes; 0 means one per core
    api_host: str
    api_port: int
    tile_url: str
    actor_files: tuple[str, ...] = ()   # the user's actor dictionaries, after the package's


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def load_settings(path: str | os.PathLike | None = None, env: dict[str, str] | None = None) -> Settings:
    """Defaults from package data, then the user's TOML file, then SITREP_* variables."""
    env = dict(os.environ) if env is None else env
    raw = tomllib.loads(resources.files("sitrep.data").joinpath("settings.toml").read_text("utf-8"))
    user = path or env.get("SITREP_CONFIG") or ("sitrep.toml" if Path("sitrep.toml").is_file() else None)
    if user:
        raw = _merge(raw, tomllib.loads(Path(user).read_text("utf-8")))
    store_url = env.get("SITREP_DB") or raw["store"]["url"]
    actor_files = tuple(raw.get("actors", {}).get("files", [])) + tuple(
        f for f in env.get("SITREP_ACTORS", "").split(os.pathsep) if f)
    return Settings(store_url=store_url, max_bytes=int(raw["input"]["max_bytes"]),
                    min_text_chars=int(raw["input"]["min_text_chars"]),
                    model=raw["language"]["model"], batch_size=int(raw["language"]["batch_size"]),
                    workers=int(raw["language"]["workers"]), api_host=raw["api"]["host"],
                    api_port=int(raw["api"]["port"]), tile_url=raw["api"]["tile_url"],
                    actor_files=actor_files)


def worker_count(settings: Settings) -> int:
    return settings.workers if settings.workers > 0 else (os.cpu_count() or 1)
