"""sitrep: news reports about armed conflict -> events and force posture, mapped, dated and sourced."""
__version__ = "0.1.0"
