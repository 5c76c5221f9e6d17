# BanTin: `make demo` renders the examples into out/, `make test` runs the test suite.
# Both install the Debian packages the build needs first, when some are missing; `make test`
# also installs the Python JSON Schema validator its schema tests use (`make pydeps`).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.NOTPARALLEL:
.DEFAULT_GOAL := demo

SWIFT ?= swift
PAGES ?= 500
DEB_PACKAGES := libcairo2-dev libharfbuzz-dev libfreetype-dev libicu-dev pkg-config \
                libjpeg62-turbo-dev libpng-dev \
                poppler-utils qpdf time
# The tests validate records against `bantin schema` with a real JSON Schema validator.
PY_PACKAGES := 'jsonschema==4.*' 'pyyaml==6.*'
BANTIN := .build/release/bantin

.PHONY: deps pydeps build demo test bench clean

# Installs only what `dpkg -s` does not report as installed; sudo unless already root.
deps:
	@if ! command -v dpkg >/dev/null 2>&1; then \
	    echo "deps: no dpkg here; install by hand: $(DEB_PACKAGES)"; exit 0; \
	fi; \
	missing=""; \
	for p in $(DEB_PACKAGES); do \
	    dpkg -s "$$p" 2>/dev/null | grep '^Status: install ok installed' >/dev/null || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then echo "deps: all installed"; exit 0; fi; \
	sudo=""; if [ "$$(id -u)" -ne 0 ]; then sudo="sudo"; fi; \
	echo "deps: installing$$missing"; \
	$$sudo apt-get update; \
	$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing

# Installs the Python validator the tests use when python3 cannot import it: pip first (into
# the user's site when the system Python is managed by Debian), else Debian's own packages.
pydeps:
	@if python3 -c 'import jsonschema, yaml' >/dev/null 2>&1; then echo "pydeps: all installed"; exit 0; fi; \
	echo "pydeps: installing $(PY_PACKAGES)"; \
	python3 -m pip install --quiet $(PY_PACKAGES) \
	  || python3 -m pip install --quiet --user --break-system-packages $(PY_PACKAGES) \
	  || { sudo=""; if [ "$$(id -u)" -ne 0 ]; then sudo="sudo"; fi; \
	       $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-jsonschema python3-yaml; }; \
	python3 -c 'import jsonschema, yaml'

build:
	$(SWIFT) build -c release

demo: deps build
	$(BANTIN) minutes Examples -o out
	$(BANTIN) bulletin Examples -o out/ban-tin.pdf --issue 1 --publisher "Đảng bộ Sở Lao động - Thương binh và Xã hội"
	$(BANTIN) bulletin Examples -o out/ban-tin-hai-cot.pdf --issue 1 --publisher "Đảng bộ Sở Lao động - Thương binh và Xã hội" --layout Layouts/bulletin-two-columns.yaml
	$(BANTIN) compile Examples --period 2023 -o out/tap-bien-ban-2023.pdf
	$(BANTIN) report Examples/reports/bao-cao-so-ket-6-thang-2023.yaml Examples -o out/bao-cao-du-thao.pdf --watermark
	$(BANTIN) report Examples/reports/bao-cao-so-ket-6-thang-2023-ban-ky.yaml Examples -o out/bao-cao.pdf
	@echo "demo: PDFs in out/"

test: deps pydeps
	$(SWIFT) test

bench: deps
	Scripts/benchmark.sh $(PAGES)

clean:
	$(SWIFT) package clean
	rm -rf out
