#!/usr/bin/python3
"""Prints the document information's /Subject of a PDF, as pikepdf reads it.

usage: subject.py FILE.pdf
"""
import sys

import pikepdf

print(pikepdf.open(sys.argv[1]).docinfo["/Subject"])
