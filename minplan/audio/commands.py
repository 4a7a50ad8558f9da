"""`python -m minplan check --audio`: how many texts each language has recorded, and every stale recording as FILE:LINE.

A stale recording is listed at the line of the text that changed, so an editor can open it and a
recorder knows what to record again. It does not fail the check: the app already leaves it unplayed.
"""
from __future__ import annotations

import argparse

from minplan.audio.recordings import counts, readable_documents, statuses
from minplan.content.commands import CheckOption, among
from minplan.content.loader import Catalogue, content_root


def report_audio(args: argparse.Namespace, catalogue: Catalogue) -> int:
    """Print each stale recording, then the coverage per language (recorded of recordable, stale, missing)."""
    coverage = []
    root = content_root()
    documents = readable_documents(catalogue, root)
    for language in catalogue.load(root).languages:
        found = [status for status in statuses(catalogue, language.code, root, documents) if among(status.text.file, args.paths)]
        for status in found:
            if status.state == "stale":
                print(status)
        number = counts(found)
        coverage.append(f"{language.code} {number['recorded']} of {len(found)} recorded"
                        + (f" ({number['stale']} stale)" if number["stale"] else ""))
    print("Recordings: " + "; ".join(coverage))
    return 0


CHECKS = (CheckOption("--audio", "also list the recordings per language and every stale one (made from an older text)", report_audio),)
