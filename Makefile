# bulletin-miner — `make` lists the targets. Every target sets up .venv itself when it is missing.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp
DB ?= data/bulletins.duckdb
export DB

.DEFAULT_GOAL := help
.PHONY: help install demo test test-all crawl refresh process reprocess summary migrate sql query kwic export \
        data-dictionary eval-parse eval-extract eval-classify eval train classify codebook label-queue bench \
        demo-site demo-serve clean

help: ## Show the targets
	@echo "bulletin-miner: a county-government bulletin archive as a research dataset"
	@echo
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "} {printf "  make %-14s %s\n", $$1, $$2}'
	@echo
	@echo "Variables: DB=path/to/warehouse.duckdb (default data/bulletins.duckdb), URL=, SITE=, SQL=, TERM=, N=, FORMAT=, EXTRA=, ARGS="

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "setting up $(VENV) (log: $(VENV)/install.log) …"
	@( $(PY) -m pip install --upgrade pip && $(PY) -m pip install -e '.[test,eval]' ) > $(VENV)/install.log 2>&1 \
	  || { tail -30 $(VENV)/install.log; echo "install failed: see $(VENV)/install.log"; exit 1; }
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install the project (done by every target when needed)

demo: $(STAMP) ## Generate the demo archive, serve it on 127.0.0.1, crawl, parse, extract, label, load, summarise
	@$(PY) -m scripts.demo --db $(DB)

test: $(STAMP) ## Run the test suite (slow end-to-end runs and benchmarks excluded)
	@$(PY) -m pytest -m "not slow" -q

test-all: $(STAMP) ## Run every test, slow ones included
	@$(PY) -m pytest -q

crawl: $(STAMP) ## Crawl a column: make crawl URL=http://…/list.html  or  make crawl SITE=name
	@if [ -n "$(SITE)" ]; then $(PY) -m crawler crawl --site "$(SITE)" --db $(DB) $(ARGS); \
	elif [ -n "$(URL)" ]; then $(PY) -m crawler crawl --start-url "$(URL)" --db $(DB) $(ARGS); \
	else echo "make crawl: give URL=http://… or SITE=name (see crawler/sites/)"; exit 2; fi

refresh: $(STAMP) ## Scheduled refresh: incremental crawl + process + report for the configured sites (SITE= for one)
	@$(PY) -m warehouse --db $(DB) refresh $(if $(SITE),--site $(SITE),) $(ARGS)

process: $(STAMP) ## Segment, extract and label the stories not processed yet
	@$(PY) -m warehouse --db $(DB) process

reprocess: $(STAMP) ## Re-parse raw pages and redo extraction and labels, offline (after dictionary or model changes)
	@$(PY) -m warehouse --db $(DB) reprocess

summary: $(STAMP) ## Print what the warehouse holds
	@$(PY) -m warehouse --db $(DB) summary

migrate: $(STAMP) ## Upgrade an older warehouse's schema in place
	@$(PY) -m warehouse --db $(DB) migrate

sql: $(STAMP) ## Open the DuckDB shell on the warehouse, read-only (on the snapshot while a refresh writes)
	@$(PY) -m warehouse --db $(DB) sql

query: $(STAMP) ## Run one SQL statement: make query SQL="SELECT …"
	@$(PY) -m warehouse --db $(DB) query "$(SQL)"

kwic: $(STAMP) ## Keyword in context over all stories: make kwic TERM=督办单
	@# TERM is also the terminal's variable: only a TERM given on the command line is a search term.
	@if [ "$(origin TERM)" != "command line" ]; then echo "make kwic: give TERM=… on the command line"; exit 2; fi
	@$(PY) -m warehouse --db $(DB) kwic "$(TERM)" $(ARGS)

export: $(STAMP) ## Write every table and view with a codebook to exports/ (FORMAT=parquet|csv|dta)
	@$(PY) -m warehouse --db $(DB) export --format $(or $(FORMAT),parquet) --out exports

data-dictionary: $(STAMP) ## Regenerate docs/data_dictionary.md from the schema
	@$(PY) -m warehouse --db $(DB) dictionary

eval-parse: $(STAMP) ## Score the page parser (and trafilatura, GNE) on annotated pages
	@$(PY) -m crawler.parsing.evaluate

eval-extract: $(STAMP) ## Precision/recall/F1 of the date, count and unit extractors against baselines
	@$(PY) -m nlp.eval_extract

eval-classify: $(STAMP) ## Per-label scores of the classifier against the rules: cross-validated, then on the held-out sets
	@$(PY) -m nlp.classifier.evaluate
	@echo
	@$(PY) -m nlp.classifier.evaluate --test nlp/data/heldout/stories.jsonl
	@echo
	@$(PY) -m nlp.classifier.evaluate --test nlp/data/heldout/blind_gold_stories.jsonl

eval: eval-parse eval-extract eval-classify ## All three evaluations

train: $(STAMP) ## Train the story classifier (EXTRA=annotations.jsonl adds researcher annotations)
	@$(PY) -m nlp.classifier.train $(if $(EXTRA),--extra $(EXTRA),)

classify: $(STAMP) ## Label every story in the warehouse again with the current model
	@$(PY) -m warehouse --db $(DB) classify

codebook: $(STAMP) ## Render docs/codebook.md from nlp/taxonomy.toml
	@$(PY) -m nlp.classifier.codebook

label-queue: $(STAMP) ## Export the N stories the model is least sure of, for doccano / Label Studio
	@$(PY) -m nlp.classifier.label_queue --n $(or $(N),50) --db $(DB) --out data/label-queue

bench: $(STAMP) ## Run the benchmarks in scripts/bench (ratios against a baseline, same run)
	@for b in parse extract classify crawl load; do \
	  if [ -f scripts/bench/$$b.py ]; then echo "== $$b"; $(PY) -m scripts.bench.$$b || exit 1; fi; done

demo-site: $(STAMP) ## Only generate the demo archive into data/demo_site
	@$(PY) -m scripts.demo_archive.generate

demo-serve: $(STAMP) ## Serve data/demo_site on 127.0.0.1:8000 for hand crawling
	@$(PY) -m scripts.demo_archive.server data/demo_site --port 8000

clean: ## Remove generated data, caches and exports (keeps .venv)
	rm -rf data/demo_site data/staging data/jobs data/cache data/demo_work data/logs data/*.snapshot.duckdb exports .pytest_cache .hypothesis
