"""How a source is written wherever it is cited: its title (a link when it is on the web), who and when, when checked."""
from __future__ import annotations

from minplan.content.markdown import escape_markdown
from minplan.content.sources import Source, byline
from views.session import support_language, t


def source_line(source: Source) -> str:
    """One source as Markdown, e.g. «[Enkeltvedtak og klager](https://…) – IMDi, 01.03.2022. Sjekket 23.11.2026».

    In a right-to-left language «checked» goes on a line of its own, so the Norwegian title runs left to right
    and the Arabic or Dari words right to left, never mixed in one line."""
    title = escape_markdown(source.title)
    named = f"[{title}]({source.url})" if source.url else f"**{title}**"
    checked = (t("sources.checked").format(date=source.checked.strftime("%d.%m.%Y")) if source.checked
               else t("sources.not_checked"))
    chosen = support_language()
    apart = "  \n" if chosen and chosen.direction == "rtl" else " "
    return f"{named} – {escape_markdown(byline(source))}.{apart}{checked}"
