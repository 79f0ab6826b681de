"""Errors that end a run with exit code 2 and one clear line on stderr.

Every problem with the user's input (a missing file, bad front matter, a
malformed rule file) is raised as an ``InputError`` so the CLI can print it
without a traceback, the way ruff and Vale do.
"""

from __future__ import annotations


class InputError(Exception):
    """A problem with what the user gave us; the message is shown as is."""
