"""The stages: each a plain class with `__call__(doc) -> doc`, declaring what it reads and writes."""
