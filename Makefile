# Two commands do everything on a fresh machine with Python 3.11:
#   make demo   set up .venv and run the main job on the bundled examples (SQLite store demo.db)
#   make test   set up .venv if missing and run the tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup web browser demo test bench clean pango

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	$(BIN)/sitrep gazetteer build
	touch $(STAMP)

# The page's map assets from npm (web/package-lock.json): Leaflet, topojson-client and the world-atlas
# country outlines, copied into the package's web/vendor (not committed). Without npm, or when npm
# fails, the page works without its map and says so.
WEBVENDOR := src/sitrep/web/vendor
$(WEBVENDOR)/.installed: web/package-lock.json
	@if command -v npm >/dev/null 2>&1 && (cd web && npm ci --no-audit --no-fund --loglevel=error); then \
	  mkdir -p $(WEBVENDOR)/images && \
	  cp web/node_modules/leaflet/dist/leaflet.js web/node_modules/leaflet/dist/leaflet.css $(WEBVENDOR)/ && \
	  cp web/node_modules/leaflet/dist/images/*.png $(WEBVENDOR)/images/ && \
	  cp web/node_modules/topojson-client/dist/topojson-client.min.js $(WEBVENDOR)/ && \
	  cp web/node_modules/world-atlas/countries-50m.json web/node_modules/world-atlas/countries-110m.json $(WEBVENDOR)/ && \
	  touch $@; \
	else echo "warning: npm missing or failed: the page will have no map ($(WEBVENDOR) not filled)"; fi

web: $(WEBVENDOR)/.installed

# Debian's chromium for the browser test (tests/test_web.py): installed when missing and running as
# root; otherwise that test is skipped, saying why. No browser is ever downloaded by Playwright.
browser:
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; } \
	      || echo "warning: chromium could not be installed: the browser test will be skipped"; \
	  else echo "warning: no chromium (apt-get install chromium as root): the browser test will be skipped"; fi; \
	fi

# Pango for WeasyPrint (`sitrep brief --format pdf`): Debian's libraries, installed when missing and
# running as root; otherwise PDF briefs say what to install and their test is skipped.
pango:
	@if ! ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0.so.0; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get install -y -q libpango-1.0-0 libpangoft2-1.0-0 >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q libpango-1.0-0 libpangoft2-1.0-0 >/dev/null; } \
	      || echo "warning: pango could not be installed: sitrep brief --format pdf will not work"; \
	  else echo "warning: no pango (apt-get install libpango-1.0-0 libpangoft2-1.0-0 as root): PDF briefs will not work"; fi; \
	fi

setup: $(STAMP) web pango

demo: setup
	rm -f demo.db demo.db-wal demo.db-shm
	-$(BIN)/sitrep ingest examples --db demo.db
	$(BIN)/sitrep events --db demo.db
	$(BIN)/sitrep stats --db demo.db

test: setup browser
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm
