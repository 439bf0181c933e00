# Two commands do everything on a fresh machine with Python 3.11:
#   make demo   set up .venv and run the main job on the bundled examples (SQLite store demo.db)
#   make test   set up .venv if missing and run the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	rm -f demo.db demo.db-wal demo.db-shm
	-$(BIN)/sitrep ingest examples --db demo.db
	$(BIN)/sitrep events --db demo.db
	$(BIN)/sitrep stats --db demo.db

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm
