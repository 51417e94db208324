# `make demo` and `make test` each build .venv on first use from the hashed lock file.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint lock bench clean chromium

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)
	rm -f demo.db
	$(BIN)/cablegram ingest examples/corpus --db demo.db
	$(BIN)/cablegram report --db demo.db

# pytest exits 5 when it collects no test; that is not a failure of the code under test.
test: $(STAMP) chromium
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; exit 0; fi; exit $$rc

# The browser tests drive Debian's Chromium: installed here when missing and apt-get is usable,
# else one line says what to run. Browser tests never skip.
chromium:
	@sh .ci/ensure-chromium

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

lock:
	uv pip compile requirements.in --generate-hashes --python-version 3.11 \
		--python-platform x86_64-unknown-linux-gnu -o requirements.lock
	# weasel asks for smart-open[http]: pip's hash mode needs that extra pinned by name, or it
	# looks past the pin to the newest release on PyPI and refuses it as unpinned.
	sed -i 's/^smart-open==/smart-open[http]==/' requirements.lock

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
