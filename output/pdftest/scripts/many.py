#!/usr/bin/python3
"""Runs a checker script several times in one interpreter, so that its
imports (pikepdf takes a third of a second) are paid once.

    many.py SCRIPT ARGS… [-- ARGS…]…

Each run gets a fresh module namespace and its own sys.argv. For each run
it prints a line "=== EXIT n LENGTH m", then the m characters the run
printed (its standard output and standard error together).
"""
import contextlib
import io
import runpy
import sys
import traceback

script, rest = sys.argv[1], sys.argv[2:]
runs, current = [], []
for a in rest:
    if a == "--":
        runs.append(current)
        current = []
    else:
        current.append(a)
runs.append(current)

for args in runs:
    out = io.StringIO()
    code = 0
    sys.argv = [script] + args
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            runpy.run_path(script, run_name="__main__")
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        except Exception:
            traceback.print_exc()
            code = 1
    text = out.getvalue()
    sys.stdout.write("=== EXIT %d LENGTH %d\n%s" % (code, len(text), text))
