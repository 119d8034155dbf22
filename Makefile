# Common Room: the commands a person needs. `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

export DJANGO_SETTINGS_MODULE := config.settings

.PHONY: install browser-deps run test test-sqlite test-postgres lint format bench demo clean risk-model risk-model-eval

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

## install: create .venv and install every dependency pinned in pyproject.toml
install: $(STAMP)

## browser-deps: what the browser tests need: Debian's Chromium (apt, when missing), the
## Python test extras, and the pinned test data and axe-core in tools/web (npm ci).
## Playwright drives /usr/bin/chromium; it never downloads a browser of its own.
browser-deps: install
	@if [ -x /usr/bin/chromium ]; then echo "Chromium: $$(/usr/bin/chromium --version 2>/dev/null)"; \
	else \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium; \
	fi
	cd tools/web && npm ci --ignore-scripts --no-audit --no-fund

## demo: migrate the database and load the guidance and demo content (idempotent)
demo: install
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py load_guidance
	DEBUG=1 $(PY) manage.py seed_demo

## run: the populated site at http://127.0.0.1:8000 with demo logins printed
run: demo
	DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

## test: the whole suite on SQLite, then again on PostgreSQL (required in CI)
test: install
	scripts/test.sh

## lint: ruff lint and format check, and no model change without a migration
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run

## bench: load-test under gunicorn on PostgreSQL with 100,000 posts (seeded once into the
## database commonroom_bench, then reused) and with a small dataset; prints req/s and
## p50/p95/p99 per page (benchmarks/README.md). Installs wrk from Debian when missing.
bench: install
	@command -v wrk >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk || { \
	    $$SUDO apt-get update -qq && \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }; }
	$(PY) benchmarks/bench.py

## bench-checker: the checker alone: median ms per 1,000-word post and throughput in KB/s
bench-checker: install
	$(PY) benchmarks/checker_bench.py

## risk-model: retrain the checker's learned readers from the labelled case sets: safeguarding
## (guidance/content/checks/risk_model.json) and the other concerns (concern_models.json);
## moderation/checker/README.md
risk-model: install
	$(PY) -m moderation.checker.risk_model_training
	$(PY) -m moderation.checker.concern_model_training

## risk-model-eval: its leave-one-set-out table (train on all sets but one, test on that one)
risk-model-eval: install
	$(PY) -m moderation.checker.risk_model_training --evaluate

## format: apply ruff's formatting and safe fixes
format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
