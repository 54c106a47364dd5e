# Two commands set everything up on a fresh machine: `make demo` and `make test`.
# Both create .venv and install what they need, idempotently (a stamp file records
# the last successful install; it is redone when pyproject.toml or constraints.txt change).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SEED := seeds/kim-putin
OUT := out

.PHONY: venv demo test quality speed clean

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test,onnx,index,batch,bench]'
	touch $(STAMP)

demo: $(STAMP)
	@mkdir -p $(OUT)
	$(VENV)/bin/provenance compare $(SEED)/rewrite.txt $(SEED)/original.txt $(SEED)/distractor-1.txt $(SEED)/distractor-2.txt $(SEED)/distractor-3.txt --format json -o $(OUT)/kim-putin.json --force
	$(VENV)/bin/provenance render $(OUT)/kim-putin.json --format text
	$(VENV)/bin/provenance render $(OUT)/kim-putin.json --format html -o $(OUT)/kim-putin.html --force
	@echo "HTML report: $(abspath $(OUT)/kim-putin.html)"

# pytest exits 5 when it collected no tests: an empty run must never pass.
test: $(STAMP)
	@$(PY) -m pytest -q $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests; failing" >&2; exit 1; fi; \
	exit $$rc

quality: $(STAMP)
	$(PY) benchmarks/quality.py --out $(OUT)/quality.json

speed: $(STAMP)
	$(PY) benchmarks/speed.py --out $(OUT)/speed.json --plot $(OUT)/ann_scaling.png

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
