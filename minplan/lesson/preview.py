"""A lesson's first lines as plain HTML, for the page to show before Streamlit's scripts have arrived (issue 24).

On a slow phone network a lesson's text used to wait for some 440 kB of Streamlit's JavaScript: 4.5 s
and more on Fast 3G. The server puts these lines into the page itself (minplan/serving/stylesheet.py),
so the participant reads the title, the goal and «Det viktigste» within a second or two. They are the
same texts, in the same order, as the top of the lesson page (views/lesson/page.py): Norwegian first,
the support language below each in its own direction. The app's own page replaces them once it has
drawn its first text. Every text is escaped: nothing here is read as HTML.
"""
from __future__ import annotations

from html import escape

from minplan.content.bidi import in_direction
from minplan.content.dates import expired, not_yet
from minplan.content.loader import Content
from minplan.content.models import Lesson
from minplan.content.text import BASE_LANGUAGE, has_translation, pick

REMOVE = ('<script>(()=>{const p=document.getElementById("mp-preview");'
          'const o=new MutationObserver(()=>{if(document.querySelector(\'[data-testid="stMain"] [data-testid="stElementContainer"],[role="dialog"]\'))'
          '{p.remove();o.disconnect();}});o.observe(document.body,{childList:true,subtree:true});})();</script>')
"""Takes the preview away the moment the app has drawn its first element in the main area, so there is no
blank moment between the two (the preview covers Streamlit's empty frame until then), or as soon as
Streamlit opens a dialog (a lost connection says so there, and must not stay hidden under the preview)."""


def lesson_preview(lesson: Lesson, content: Content, code: str = BASE_LANGUAGE) -> str:
    """The title, goal and key points of `lesson` in Norwegian, with the support language `code` below each."""
    found = content.language(code) if code != BASE_LANGUAGE else None

    def ui(key: str, language: str) -> str:
        return pick(content.ui.get(key, {BASE_LANGUAGE: key}), language)

    def both(norwegian: str, render) -> str:
        """A Norwegian block and, when the support language has it, the same block in that language below."""
        other = render(found) if found else ""
        return norwegian + (f'<div class="mp-preview-support" lang="{escape(found.code)}" dir="{found.direction}">'
                            f'{other}</div>' if other else "")

    def text(value: dict[str, str], language) -> str:
        """A content text in `language` (None: Norwegian), escaped, with the app's notice when its rule ran out
        or has not started (views/bilingual.py says the same); empty when it has no such translation."""
        if language is None:
            return escape(value[BASE_LANGUAGE]) + notice(value, None)
        if not has_translation(value, language.code):
            return ""
        return escape(in_direction(value[language.code], language.direction)) + notice(value, language)

    def notice(item, language) -> str:
        if expired(item):
            key, day = "rule.expired", item.valid_until
        elif not_yet(item):
            key, day = "rule.not_yet", item.valid_from
        else:
            return ""
        said = ui(key, language.code if language else BASE_LANGUAGE).format(date=day.strftime("%d.%m.%Y"))
        return f"<br><em>{escape(in_direction(said, language.direction) if language else said)}</em>"

    def word(key: str, language) -> str:
        said = ui(key, language.code if language else BASE_LANGUAGE)
        return escape(in_direction(said, language.direction) if language else said)

    def points(language) -> str:
        items = [text(point, language) for point in lesson.key_points]
        return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>" if all(items) else ""

    position = ui("lesson.position", BASE_LANGUAGE).format(number=_number(lesson, content), total=len(content.lessons))
    goal = f"<p><strong>{word('lesson.goal', None)}</strong> {text(lesson.goal, None)}</p>"
    whole = ""
    if expired(lesson):  # the whole lesson rests on rules that ran out: said at the top, as the page does
        day = lesson.valid_until.strftime("%d.%m.%Y")
        whole = both(f"<p><em>{escape(ui('lesson.expired', BASE_LANGUAGE).format(date=day))}</em></p>",
                     lambda language: f"<p><em>{word('lesson.expired', language).format(date=day)}</em></p>")
    return (
        '<div id="mp-preview" lang="nb">'
        f'<p class="mp-preview-position">{escape(position)}</p>'
        + both(f"<h1>{text(lesson.title, None)}</h1>",
               lambda language: f"<p><strong>{title}</strong></p>" if (title := text(lesson.title, language)) else "")
        + whole
        + '<div class="mp-preview-goal">'
        + both(goal, lambda language: f"<p><strong>{word('lesson.goal', language)}</strong> {said}</p>"
               if (said := text(lesson.goal, language)) else "")
        + "</div>"
        + both(f"<h3>{word('lesson.key_points', None)}</h3>", lambda language: f"<p>{word('lesson.key_points', language)}</p>")
        + both(points(None), points)
        + f"</div>{REMOVE}"
    )


def _number(lesson: Lesson, content: Content) -> int:
    """The lesson's place in the list, as Content.number counts it, found by id."""
    return next(place for place, known in enumerate(content.lessons, 1) if known.id == lesson.id)
