# The two commands of the README: `make demo` and `make test`. Both set up first.
SHELL := /bin/bash
VENV := .venv/bin

.PHONY: setup demo test gate eval knowledge clean

setup:
	@bash scripts/setup.sh

knowledge: setup
	$(VENV)/sodsong knowledge sync
	$(VENV)/sodsong knowledge index

demo: knowledge
	$(VENV)/sodsong demo

test: knowledge gate
	$(VENV)/python -m pytest -q

# The whole labelled case set with the offline reasoner; fails below evals/thresholds.json
gate: knowledge
	$(VENV)/sodsong eval run evals/cases --gate evals/thresholds.json --out $${SODSONG_EVAL_OUT:-/tmp/sodsong-eval-gate}

eval: knowledge
	$(VENV)/sodsong eval run evals/cases

clean:
	rm -rf .venv build *.egg-info .pytest_cache
