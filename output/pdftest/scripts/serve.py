#!/usr/bin/python3
"""Runs checker scripts on request, one after another, in one interpreter
that the tests keep (pdftest's interpreter pool), so that pikepdf and PIL
are imported once per interpreter rather than once per check.

Each request is one line of JSON on standard input:
{"dir": FOLDER, "script": PATH, "args": [ARG, …]}. The run gets a fresh
module namespace (runpy), its own sys.argv, the folder as its working
folder and the warnings it raises shown as in a fresh interpreter. For
each request it prints a line "=== EXIT n LENGTH m" and then the m bytes
(UTF-8) the run printed, its standard output and standard error together.
It ends at the end of its input.
"""
import contextlib
import io
import json
import os
import runpy
import sys
import traceback


def forget_warnings():
    """Forgets which warnings were shown, so a run shows its warnings as a
    fresh interpreter would (the default action shows each once)."""
    for module in list(sys.modules.values()):
        registry = getattr(module, "__warningregistry__", None)
        if isinstance(registry, dict):
            registry.clear()


def run(request):
    """Runs one request and returns its exit code and what it printed."""
    out = io.StringIO()
    code = 0
    os.chdir(request["dir"])
    sys.argv = [request["script"]] + request["args"]
    forget_warnings()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            runpy.run_path(request["script"], run_name="__main__")
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
            if e.code is not None and not isinstance(e.code, int):
                print(e.code, file=sys.stderr)  # as the interpreter prints it when it exits
        except Exception:
            traceback.print_exc()
            code = 1
    return code, out.getvalue()


for line in sys.stdin:
    code, text = run(json.loads(line))
    data = text.encode("utf-8", "surrogateescape")
    sys.stdout.buffer.write(b"=== EXIT %d LENGTH %d\n" % (code, len(data)))
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
