"""Generator for the fictional labelled case set under evals/cases/gen-* (see README there).

Run: .venv/bin/python -m evals.casegen.generate   (rewrites every gen-* case directory, then validates)
"""
