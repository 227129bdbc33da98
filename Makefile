# ficaudio: two commands on a fresh Debian/Ubuntu machine:
#   make demo   installs what is missing and renders the bundled sample story
#   make test   the same set-up, then the whole test suite
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SYSTEM_PACKAGES := espeak-ng libespeak-ng1 ffmpeg libmp3lame0
# The review page's browser test drives headless Chromium (tests/test_review_browser.py).
TEST_SYSTEM_PACKAGES := chromium chromium-driver

.PHONY: demo test system venv accuracy structure bench soak clean help

help:
	@echo "make demo      install and render examples/the-lantern-keepers.txt to output/"
	@echo "make test      install and run the test suite"
	@echo "make accuracy  score segmentation and attribution"
	@echo "make structure chapters found and words marked as notes, bundled stories and dev corpus"
	@echo "make bench     speed and memory benchmarks (slow)"
	@echo "make soak      the reliability checks with many more cases (slow)"

system:
	@missing=""; \
	for p in $(SYSTEM_PACKAGES) $(EXTRA_SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo"; \
	  else echo "ficaudio needs these system packages:$$missing"; echo "Install them with: sudo apt-get install -y$$missing"; exit 1; fi; \
	  echo "Installing$$missing ..."; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
	$(BIN)/python -m pip install -q -e '.[test,neural,names]'
	@touch $(STAMP)

venv: system $(STAMP)

demo: venv
	$(BIN)/ficaudio render examples/the-lantern-keepers.txt -c voices.yaml -o output/

test: EXTRA_SYSTEM_PACKAGES := $(TEST_SYSTEM_PACKAGES)
test: venv
	$(BIN)/python -m pytest -q

# The other-language batches (issue 17), each written and scored before the changes made for it.
OTHER_LANGUAGE_SETS = tests/gold-unseen $(sort $(wildcard tests/gold-unseen-[0-9]*))

accuracy: venv
	$(BIN)/python tests/eval/accuracy.py tests/gold tests/gold-fresh tests/gold-unseen-en-1 tests/gold-unseen-en-2 tests/gold-unseen-en-3 tests/gold-unseen-en-4 tests/gold-unseen-en-5 tests/gold-unseen-en-6 tests/gold-unseen-en-7 tests/gold-unseen-en-8 $(OTHER_LANGUAGE_SETS) ../shared/dev-corpus

# Chapters found against the headings the text has, and the share of words marked as notes
# (tests/eval/structure.py says how headings are counted); dev-corpus and sample-input when present.
structure: venv
	$(BIN)/python tests/eval/structure.py examples tests/texts tests/fixtures $(wildcard ../shared/dev-corpus ../shared/sample-input)

bench: venv
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/bench_text.py
	$(BIN)/python benchmarks/bench_piper.py

# The reliability suite with many more cases: 2000 hypothesis examples per
# property and fuzz test (random seeds), more interrupted and concurrent
# renders, pathological texts 4x longer. Takes tens of minutes.
SOAK_EXAMPLES ?= 2000
soak: venv
	FICAUDIO_FUZZ_EXAMPLES=$(SOAK_EXAMPLES) FICAUDIO_SOAK=1 $(BIN)/python -m pytest -q tests/reliability

clean:
	rm -rf output/*/ .pytest_cache
