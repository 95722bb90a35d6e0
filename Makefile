# The README's two commands are `make run` and `make test`; both set up what they need.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.lock requirements-dev.lock | cksum | cut -d' ' -f1)

.PHONY: help venv run dev test check render new bench screenshots lint fmt lock clean

help:  ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): requirements.lock requirements-dev.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.lock
	@rm -f $(VENV)/.installed-* && touch $@

venv: $(STAMP)  ## create .venv with the pinned packages

run: $(STAMP)  ## the whole site on http://127.0.0.1:$${PORT:-8080} (nginx + gunicorn; one process without nginx)
	$(PY) -m dashfleet run

dev: $(STAMP)  ## every app in one process with Dash hot reload
	$(PY) -m dashfleet dev

test: $(STAMP) check lint  ## every test: registry drift, lint, unit, through real nginx, browser, containers
	$(PY) -m pytest $(PYTEST_ARGS)

check: $(STAMP)  ## fail, naming the difference, when a file derived from dashboards.toml has drifted
	$(PY) -m dashfleet check

render: $(STAMP)  ## rewrite the files derived from dashboards.toml
	$(PY) -m dashfleet render

new: $(STAMP)  ## scaffold a dashboard: make new NAME=sales [TITLE="Sales"] [DESCRIPTION="..."]
	@test -n "$(NAME)" || { echo 'usage: make new NAME=sales [TITLE="Sales"] [DESCRIPTION="..."]'; exit 2; }
	$(PY) -m dashfleet new "$(NAME)" $(if $(TITLE),--title "$(TITLE)") $(if $(DESCRIPTION),--description "$(DESCRIPTION)")

bench: $(STAMP)  ## dashfleet vs the tutorial's single process, one table (needs wrk and chromium)
	@command -v wrk >/dev/null || { echo 'bench: needs wrk: sudo apt-get install wrk'; exit 2; }
	$(PY) -m bench.run $(BENCH_ARGS)

screenshots: $(STAMP)  ## render the landing page and both dashboards to docs/*.png (needs chromium)
	$(PY) -m scripts.screenshots

lint: $(STAMP)  ## ruff
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

fmt: $(STAMP)  ## ruff format + autofix
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

lock:  ## re-pin requirements*.lock from pyproject.toml in a scratch venv
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install -q . && .lock-venv/bin/pip uninstall -q -y dashfleet
	{ echo '# Runtime pins for every service image and `make run`. Regenerate: make lock'; \
	  .lock-venv/bin/pip freeze --all | grep -v '^pip=='; } > requirements.lock
	.lock-venv/bin/pip install -q '.[dev]' && .lock-venv/bin/pip uninstall -q -y dashfleet
	{ echo '# Test and tool pins on top of requirements.lock. Regenerate: make lock'; echo '-r requirements.lock'; \
	  .lock-venv/bin/pip freeze --all | grep -v '^pip==' | grep -vxF -f <(grep -v '^#' requirements.lock); } > requirements-dev.lock
	rm -rf .lock-venv

clean:  ## remove the venv and caches
	rm -rf $(VENV) .pytest_cache .ruff_cache
