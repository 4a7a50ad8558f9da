"""Time to import and to print uploaded text, by its size: it must grow about linearly.

    python bench/input_scaling.py           # 1, 10, 50, 100, 500 KB; fails when 500 KB takes > 15 × 50 KB
    python bench/input_scaling.py --short   # 1, 10, 50 KB for CI; fails when 50 KB takes > 15 × 5 KB

The text is the worst case the old clean-up met: runs of every special character of GIFT, Markdown
and HTML whose partner never comes (`[a](`, `<a`, `*a`, `\\{` …), in one [markdown] and one [html]
question. Import is minplan.exchange.gift_import as the upload page runs it; print is the imported
question texts through minplan.exchange.pdf.render_pdf (WeasyPrint), as a handout prints text.
"""
from __future__ import annotations

import argparse
import sys
import time
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from minplan.exchange.gift_import import import_gift  # noqa: E402

UNITS = ["[a](", "<a ", "[a ", "*a ", "](", "**a ", "&amp; ", "\\{ ", "~ ", "# ", ":: ", "` ", "__ ", "<br ", "-> "]
LESSON = "hvem-lager-planen"
RATIO = 15.0


def worst_gift(size: int) -> bytes:
    """A GIFT file of `size` bytes: two questions, each a long mix of unclosed marks."""
    half = size // 2 - 40
    body = "".join(UNITS)
    text = (body * (half // len(body) + 1))[:half]
    return f"[markdown]{text} {{=a ~b}}\n\n[html]{text} {{=a ~b}}\n".encode()


def timed(function, *args) -> tuple[float, object]:
    started = time.perf_counter()
    value = function(*args)
    return time.perf_counter() - started, value


def print_html(prompts: list[str]) -> str:
    return "<!DOCTYPE html><html lang='nb'><body>" + "".join(f"<p>{escape(text)}</p>" for text in prompts) + "</body></html>"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="small sizes for CI, same ratio rule")
    args = parser.parse_args()
    from minplan.exchange.pdf import render_pdf  # WeasyPrint loads Pango

    sizes = [1, 5, 10, 50] if args.short else [1, 10, 50, 100, 500]
    low, high = (5, 50) if args.short else (50, 500)
    times: dict[int, tuple[float, float]] = {}
    for kb in sizes:
        raw = worst_gift(kb * 1024)
        seconds, result = timed(import_gift, "scaling.gift", raw, [LESSON], "scaling", LESSON)
        prompts = [question.prompt["nb"] for question in result.quiz.questions] if result.quiz else []
        printing, _ = timed(render_pdf, print_html(prompts))
        times[kb] = (seconds, printing)
        print(f"{kb:4d} KB: import {seconds:7.3f} s, print {printing:7.2f} s", flush=True)
    failed = False
    for index, what in enumerate(("import", "print")):
        ratio = times[high][index] / max(times[low][index], 1e-3)
        ok = ratio <= RATIO
        failed |= not ok
        print(f"{what}: {high} KB / {low} KB = {ratio:.1f} (at most {RATIO:g}) {'ok' if ok else 'TOO STEEP'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
