# The README's two commands are `make run` and `make test`; both set up what they need.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
# Each service's own packages: <service>/requirements.txt, pinned by <service>/requirements.lock.
SERVICE_REQS := $(sort $(wildcard */requirements.txt))
SERVICE_LOCKS := $(sort $(wildcard */requirements.lock))
STAMP := $(VENV)/.installed-$(shell cat requirements.lock requirements-dev.lock $(SERVICE_REQS) $(SERVICE_LOCKS) | cksum | cut -d' ' -f1)

.PHONY: help venv run dev test check render new add swarm swarm-down redeploy bench bench-fleet soak fuzz screenshots lint fmt lock clean

help:  ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): requirements.lock requirements-dev.lock $(SERVICE_REQS) $(SERVICE_LOCKS)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.lock
	@# Every service's packages in one resolver run, within the shared pins: a conflict fails
	@# here, naming the packages, instead of breaking one dashboard at run time.
	$(PY) -m dashfleet.locks requirements.lock $(SERVICE_LOCKS) > $(VENV)/constraints.txt
	@# (Dashboards with runtime = "own" are not in it: each gets its own environment, built by
	@# `make run` with uv: dashfleet/tool/environments.py.)
	reqs=""; for f in $$($(PY) -m dashfleet.tool.environments shared); do reqs="$$reqs -r $$f"; done; \
	  $(PY) -m pip install -q --disable-pip-version-check -c $(VENV)/constraints.txt $$reqs
	@# The bundles a first visit loads, compressed once (brotli 11, gzip 9); the services send them.
	$(PY) -m dashfleet.precompress
	@rm -f $(VENV)/.installed-* && touch $@

venv: $(STAMP)  ## create .venv with the pinned packages

run: $(STAMP)  ## the whole site on http://127.0.0.1:$${PORT:-8080} (nginx + gunicorn; one process without nginx)
	$(PY) -m dashfleet run

dev: $(STAMP)  ## every app in one process with Dash hot reload
	$(PY) -m dashfleet dev

test: $(STAMP) check lint  ## every test: drift, lint, unit, real nginx, browser, Kubernetes, Podman, Docker, Swarm
	@echo "== unit, gateway, browser, Kubernetes; containers on Podman (Docker where there is no Podman) =="
	$(PY) -m pytest -m "not swarm" $(PYTEST_ARGS)
	@echo "== the same suites with five dashboards (the three of tests/apps adopted) =="
	DASHFLEET_TEST_FLEET=five $(PY) -m pytest -m "not containers and not swarm and not once" tests/unit tests/gateway tests/browser $(PYTEST_ARGS)
	@# Last, and apart: a dockerd in swarm mode slows Podman's container DNS. The tests start
	@# dockerd when it is installed but not running, and stop it afterwards.
	@echo "== containers on Docker Engine + Compose v2, and a single-node Docker Swarm =="
	@# (The attack tier ran against the compose stack on Podman above: the same gateway config.)
	DASHFLEET_ENGINE=docker $(PY) -m pytest -m "containers or swarm" --ignore=tests/attack $(PYTEST_ARGS)

check: $(STAMP)  ## fail, naming the difference, when a file derived from dashboards.toml has drifted
	$(PY) -m dashfleet check

render: $(STAMP)  ## rewrite the files derived from dashboards.toml
	$(PY) -m dashfleet render

new: $(STAMP)  ## scaffold a dashboard: make new NAME=sales [TITLE="Sales"] [DESCRIPTION="..."]
	@test -n "$(NAME)" || { echo 'usage: make new NAME=sales [TITLE="Sales"] [DESCRIPTION="..."]'; exit 2; }
	$(PY) -m dashfleet new "$(NAME)" $(if $(TITLE),--title "$(TITLE)") $(if $(DESCRIPTION),--description "$(DESCRIPTION)")

add: $(STAMP)  ## adopt an existing Dash app: make add SRC=path/to/app NAME=sales [PREFIX=/sales/ | HOST_NAME=sales.example.org] [TITLE=...] [REQUIREMENTS=file] [RELAX=1]
	@test -n "$(SRC)" -a -n "$(NAME)" || { echo 'usage: make add SRC=path/to/app NAME=sales [PREFIX=/sales/ | HOST_NAME=sales.example.org] [TITLE="Sales"] [DESCRIPTION="..."] [REQUIREMENTS=file] [RELAX=1]'; exit 2; }
	$(PY) -m dashfleet add "$(SRC)" --name "$(NAME)" $(if $(PREFIX),--prefix "$(PREFIX)") $(if $(HOST_NAME),--host "$(HOST_NAME)") \
	  $(if $(TITLE),--title "$(TITLE)") $(if $(DESCRIPTION),--description "$(DESCRIPTION)") \
	  $(if $(REQUIREMENTS),--requirements "$(REQUIREMENTS)") $(if $(RELAX),--relax)

swarm: $(STAMP)  ## build, `docker swarm init` if needed, deploy on $${DASHFLEET_PORT:-8080}, wait until healthy
	$(PY) -m dashfleet swarm up $(if $(SWARM_AUTH),--auth)

redeploy: $(STAMP)  ## replace one dashboard's containers, new first, with no failed request: make redeploy NAME=population
	@test -n "$(NAME)" || { echo 'usage: make redeploy NAME=population'; exit 2; }
	$(PY) -m dashfleet redeploy "$(NAME)"

swarm-down: $(STAMP)  ## remove the swarm stack (and nothing else)
	$(PY) -m dashfleet swarm down

bench: $(STAMP)  ## dashfleet vs the tutorial's single process, one table (needs wrk and chromium)
	@command -v wrk >/dev/null || { echo 'bench: needs wrk: sudo apt-get install wrk'; exit 2; }
	$(PY) -m bench.run $(BENCH_ARGS)

bench-fleet: $(STAMP)  ## cost per added dashboard: make bench-fleet [N="2 20 50"] [MODES="process docker podman"] [LIGHT=1] [NO_ZYGOTE=1] [IDLE=1] [OWN=K]
	@command -v wrk >/dev/null || { echo 'bench-fleet: needs wrk: sudo apt-get install wrk'; exit 2; }
	$(PY) -m bench.fleet --sizes $(or $(N),2 20 50) $(if $(MODES),--modes $(MODES)) $(if $(LIGHT),--light) $(if $(NO_ZYGOTE),--no-zygote) $(if $(IDLE),--idle) $(if $(OWN),--own $(OWN))

soak: $(STAMP)  ## 10 minutes of mixed traffic with workers replaced midway; errors, p50/p99 per minute, memory growth
	$(PY) -m bench.soak $(SOAK_ARGS)

fuzz: $(STAMP)  ## the fuzzer's long run (make test runs ~2,000 cases): FUZZ_EXAMPLES=5000 per property
	DASHFLEET_FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-5000} $(PY) -m pytest -q -s tests/gateway/test_fuzz.py $(PYTEST_ARGS)

screenshots: $(STAMP)  ## render the landing page and both dashboards to docs/*.png (needs chromium)
	$(PY) -m scripts.screenshots

lint: $(STAMP)  ## ruff
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

fmt: $(STAMP)  ## ruff format + autofix
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

lock: $(STAMP)  ## re-pin requirements*.lock and each service's requirements.lock (uv, with hashes)
	@# uv keeps the current pins unless a range excludes them; UPGRADE=1 takes the newest.
	$(UV) pip compile -q pyproject.toml --universal --generate-hashes $(if $(UPGRADE),--upgrade) \
	  --custom-compile-command 'make lock' -o requirements.lock
	$(UV) pip compile -q pyproject.toml --extra dev --universal --generate-hashes $(if $(UPGRADE),--upgrade) \
	  -c requirements.lock --custom-compile-command 'make lock' -o requirements-dev.lock
	@for req in $$($(PY) -m dashfleet.tool.environments shared); do \
	  if grep -q '^[^#[:space:]]' $$req; then \
	    echo "$(UV) pip compile $$req -> $${req%.txt}.lock"; \
	    $(UV) pip compile -q $$req --universal --generate-hashes -c requirements.lock \
	      --custom-compile-command 'make lock' -o $${req%.txt}.lock || exit 1; \
	  fi; \
	done

clean:  ## remove the venv and caches
	rm -rf $(VENV) .pytest_cache .ruff_cache
