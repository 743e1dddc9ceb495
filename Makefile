# The two commands of the README: `make demo` and `make test`. Both set up first.
SHELL := /bin/bash
VENV := .venv/bin

.PHONY: setup demo test eval knowledge clean

setup:
	@bash scripts/setup.sh

knowledge: setup
	$(VENV)/sodsong knowledge sync
	$(VENV)/sodsong knowledge index

demo: knowledge
	$(VENV)/sodsong demo

test: setup
	$(VENV)/python -m pytest -q

eval: knowledge
	$(VENV)/sodsong eval run evals/cases

clean:
	rm -rf .venv build *.egg-info .pytest_cache
