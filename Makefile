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
                libjpeg62-turbo-dev libpng-dev libqpdf-dev \
                poppler-utils qpdf time \
                chromium chromium-driver
# The tests validate records against `bantin schema` with a real JSON Schema validator; the
# browser test (Tests/Browser) drives Debian's chromium through chromium-driver with Selenium.
PY_PACKAGES := 'jsonschema==4.*' 'pyyaml==6.*' 'selenium==4.*'

BANTIN ?= .build/release/bantin
# `make install`: where (DESTDIR is prepended for staged installs, as usual).
PREFIX ?= /usr/local
DESTDIR ?=
# The man page ArgumentParser's generate-manual plugin writes (`make man`).
MAN_PAGE ?= .build/plugins/GenerateManual/outputs/bantin/bantin.1
# The man page's date, so an install is reproducible.
MAN_DATE ?= 2023-07-03
# `make fuzz`: each libFuzzer target runs this many seconds; a build of its own in .build-fuzz.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := records images
FUZZ_BUILD := -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld \
              -Xswiftc -DFUZZING -Xcc -fsanitize=fuzzer-no-link,address
# Foundation's FileManager.contents(atPath:) leaks a 4 KB buffer on some reads (not BanTin's
# code), which LeakSanitizer would report as the first finding of every record run.
FUZZ_ENV_records := ASAN_OPTIONS=detect_leaks=0

.PHONY: deps pydeps build demo test bench fuzz man install install-files uninstall clean

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
	@if python3 -c 'import jsonschema, yaml, selenium' >/dev/null 2>&1; then echo "pydeps: all installed"; exit 0; fi; \
	echo "pydeps: installing $(PY_PACKAGES)"; \
	python3 -m pip install --quiet $(PY_PACKAGES) \
	  || python3 -m pip install --quiet --user --break-system-packages $(PY_PACKAGES) \
	  || { sudo=""; if [ "$$(id -u)" -ne 0 ]; then sudo="sudo"; fi; \
	       $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-jsonschema python3-yaml python3-selenium; }; \
	python3 -c 'import jsonschema, yaml, selenium'

build:
	$(SWIFT) build -c release

demo: deps build
	$(BANTIN) minutes Examples -o out
	$(BANTIN) bulletin Examples -o out/ban-tin.pdf --issue 1 --publisher "Đảng bộ Sở Lao động - Thương binh và Xã hội"
	$(BANTIN) bulletin Examples -o out/ban-tin-hai-cot.pdf --issue 1 --publisher "Đảng bộ Sở Lao động - Thương binh và Xã hội" --layout Layouts/bulletin-two-columns.yaml
	$(BANTIN) compile Examples --period 2023 -o out/tap-bien-ban-2023.pdf
	$(BANTIN) report Examples/reports/bao-cao-so-ket-6-thang-2023.yaml Examples -o out/bao-cao-du-thao.pdf --watermark
	$(BANTIN) report Examples/reports/bao-cao-so-ket-6-thang-2023-ban-ky.yaml Examples -o out/bao-cao.pdf
	$(BANTIN) report Examples/reports/bao-cao-quy-3-2023-so.yaml Examples -o out/bao-cao-so.pdf
	@echo "demo: PDFs in out/"

# The Swift suites, then the clerk's pages in headless Chromium against `bantin serve`.
test: deps pydeps
	$(SWIFT) test
	$(SWIFT) build --product bantin
	BANTIN=.build/debug/bantin python3 -m unittest discover -s Tests/Browser -v

bench: deps
	Scripts/benchmark.sh $(PAGES)

# The man page, generated from the command's own definition by ArgumentParser's plugin; the
# plugin drops every letter outside ASCII, which Scripts/man-keep-letters.py puts back.
man: build
	$(SWIFT) package plugin generate-manual --date $(MAN_DATE)
	$(BANTIN) --experimental-dump-help > .build/bantin-help.json
	python3 Scripts/man-keep-letters.py $(MAN_PAGE) .build/bantin-help.json

# Installs the release binary in PREFIX/bin, Fonts/, Layouts/, Templates/, Words/ (the Vietnamese
# word list and its licence) and Web/ (the pages' scripts and styles, for bantin serve) in PREFIX/share/bantin
# (where the binary finds them), the man page and the bash, zsh and fish completions.
install: build man install-files

# What `install` copies, without building: BANTIN and MAN_PAGE name the files to install.
install-files:
	@test -x "$(BANTIN)" || { echo "install: $(BANTIN) is not built; run make install (or make build)"; exit 1; }
	@test -f "$(MAN_PAGE)" || { echo "install: no man page at $(MAN_PAGE); run make man"; exit 1; }
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/bantin/Fonts" "$(DESTDIR)$(PREFIX)/share/bantin/Layouts" \
	    "$(DESTDIR)$(PREFIX)/share/bantin/Templates" "$(DESTDIR)$(PREFIX)/share/bantin/Words" "$(DESTDIR)$(PREFIX)/share/bantin/Web/static" "$(DESTDIR)$(PREFIX)/share/man/man1" "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" \
	    "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	install -m 755 "$(BANTIN)" "$(DESTDIR)$(PREFIX)/bin/bantin"
	install -m 644 Fonts/* "$(DESTDIR)$(PREFIX)/share/bantin/Fonts/"
	install -m 644 Layouts/* "$(DESTDIR)$(PREFIX)/share/bantin/Layouts/"
	install -m 644 Templates/* "$(DESTDIR)$(PREFIX)/share/bantin/Templates/"
	install -m 644 Words/* "$(DESTDIR)$(PREFIX)/share/bantin/Words/"
	install -m 644 Web/static/* "$(DESTDIR)$(PREFIX)/share/bantin/Web/static/"
	install -m 644 "$(MAN_PAGE)" "$(DESTDIR)$(PREFIX)/share/man/man1/bantin.1"
	"$(BANTIN)" --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/bantin"
	"$(BANTIN)" --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_bantin"
	"$(BANTIN)" --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/bantin.fish"
	@echo "install: bantin in $(DESTDIR)$(PREFIX)/bin, its fonts, layouts, templates and word list in $(DESTDIR)$(PREFIX)/share/bantin"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/bantin" "$(DESTDIR)$(PREFIX)/share/man/man1/bantin.1" \
	    "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/bantin" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_bantin" \
	    "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/bantin.fish"
	rm -rf "$(DESTDIR)$(PREFIX)/share/bantin"

# Builds the fuzz targets (Fuzz/) with libFuzzer and AddressSanitizer and runs each for
# FUZZ_SECONDS from the seed corpus in Fuzz/corpus/; new inputs go to .build-fuzz/corpus/,
# a crashing input to .build-fuzz/crashes/ (add it to Fuzz/corpus/ with a regression test).
fuzz: deps
	$(foreach t,$(FUZZ_TARGETS),$(SWIFT) build $(FUZZ_BUILD) --product fuzz-$(t) &&) true
	$(foreach t,$(FUZZ_TARGETS),mkdir -p .build-fuzz/corpus/$(t) .build-fuzz/crashes/$(t) && \
	    $(FUZZ_ENV_$(t)) .build-fuzz/release/fuzz-$(t) -max_total_time=$(FUZZ_SECONDS) -timeout=20 \
	        -print_final_stats=1 -artifact_prefix=.build-fuzz/crashes/$(t)/ .build-fuzz/corpus/$(t) Fuzz/corpus/$(t) &&) true

clean:
	$(SWIFT) package clean
	rm -rf out
