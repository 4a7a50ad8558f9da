"""One quiz question on its own screen: the choices for its type, then the verdict and explanation.

Every type is answered by tapping (radio buttons, check boxes, buttons), never by
dragging, so it works on a phone. Quiz texts may come from a teacher's upload,
so every one of them is escaped before Streamlit renders it as Markdown. Each text
shows its support-language version too, when the file has one.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import streamlit as st

from minplan.quiz.attempt import Attempt, is_complete, shuffled
from minplan.content.markdown import escape_markdown
from minplan.content.sources import cited
from minplan.quiz.questions import Question
from minplan.quiz.scoring import FALSE, TRUE, Answer, score_question
from minplan.content.text import BASE_LANGUAGE
from views.audio.play import play
from views.bilingual import also, in_both, label, label_of, translated
from views.content.citation import source_line
from views.session import content, language, t

Save = Callable[[Attempt], None]


def safe(text: dict[str, str]) -> dict[str, str]:
    """The text in the languages shown (Norwegian and the support language), escaped so that it shows as typed.

    Only those two: every phone of a live class escapes its question on each tick."""
    shown = (BASE_LANGUAGE, language())
    return {code: escape_markdown(value) for code, value in text.items() if code in shown}


def qx(text: dict[str, str]) -> str:
    """A one-line quiz text, safe as Markdown: Norwegian, then the support language after a slash."""
    return label(safe(text))


def both(text: dict[str, str]) -> str:
    """A quiz text for a message box, safe as Markdown: Norwegian, the support language on the next line."""
    escaped = safe(text)
    other = translated(escaped)
    return f"{escaped[BASE_LANGUAGE]}  \n{other}" if other else escaped[BASE_LANGUAGE]


def show(question: Question, attempt: Attempt, key: str, save: Save) -> None:
    """The question at the attempt's position, with progress ("7 av 30") and the button that moves on."""
    number, total = attempt.position + 1, len(attempt.asked)
    st.progress(attempt.position / total, text=in_both(lambda say, _: say("quiz.position").format(number=number, total=total)))
    prompt(question)
    recorded = attempt.answers.get(question.id)
    widget = f"{key}:{attempt.seed}:{question.id}"
    choose(question, attempt.seed, widget, recorded)
    if recorded is None:
        draft = read(question, widget)
        st.button(label_of("quiz.check"), type="primary", width="stretch", key=f"{widget}:check",
                  disabled=not is_complete(question, draft),
                  on_click=lambda: save(attempt.record(question.id, read(question, widget))))
        return
    feedback(question, recorded)
    last = attempt.position + 1 >= total
    st.button(label_of("quiz.see_result" if last else "quiz.next"), type="primary", width="stretch",
              key=f"{widget}:next", on_click=lambda: save(attempt.advance()))


def prompt(question: Question) -> None:
    """The question in Norwegian, in the support language beneath it, and the button that reads it aloud."""
    st.subheader(escape_markdown(question.prompt[BASE_LANGUAGE]))
    also(question.prompt, "**{}**", escape=escape_markdown)
    play(question.prompt)


def choose(question: Question, seed: int, widget: str, recorded: Answer | None,
           arranged: Sequence[str] | None = None, letters: Mapping[str, str] | None = None) -> None:
    """The tappable choices of a question in the order `seed` gives (disabled once an answer is recorded).

    A live class passes its own order and letters instead, so each choice reads "B. …" as on the board.
    """
    order = list(arranged) if arranged is not None else shuffled(question, seed)
    with st.container(key="quiz-question"):
        _INPUTS[question.type](question, order, widget, recorded, letters or {})


def _lettered(names: dict[str, str], letters: Mapping[str, str]) -> dict[str, str]:
    return {key: f"**{letters[key]}.** {name}" if key in letters else name for key, name in names.items()}


def read(question: Question, widget: str) -> Answer:
    """The answer as the widgets hold it now (read in the click handler, so a quick tap is never lost)."""
    state = st.session_state
    if question.type in ("single", "true_false"):
        chosen = state.get(widget)
        return (chosen,) if chosen else ()
    if question.type == "multiple":
        return tuple(option.id for option in question.options if state.get(f"{widget}:{option.id}"))
    if question.type == "order":
        return tuple(state.get(f"{widget}:order", ()))
    return tuple(state.get(f"{widget}:{pair.id}") or "" for pair in question.pairs)


def _radio(caption: str, arranged: list[str], names: dict[str, str], key: str, recorded: str | None) -> None:
    index = arranged.index(recorded) if recorded in arranged else None
    st.radio(caption, arranged, index=index, format_func=names.get, key=key, disabled=recorded is not None, width="stretch")


def _single(question: Question, arranged: list[str], widget: str, recorded: Answer | None, letters: Mapping[str, str]) -> None:
    names = {option.id: qx(option.text) for option in question.options}
    _radio(label_of("quiz.choose_one"), arranged, _lettered(names, letters), widget, recorded[0] if recorded else None)


def _true_false(question: Question, arranged: list[str], widget: str, recorded: Answer | None,
                letters: Mapping[str, str]) -> None:
    names = {TRUE: label_of("quiz.true"), FALSE: label_of("quiz.false")}
    _radio(label_of("quiz.choose_one"), arranged, _lettered(names, letters), widget, recorded[0] if recorded else None)


def _multiple(question: Question, arranged: list[str], widget: str, recorded: Answer | None, letters: Mapping[str, str]) -> None:
    texts = _lettered({option.id: qx(option.text) for option in question.options}, letters)
    st.markdown(label_of("quiz.choose_many"))
    for option_id in arranged:
        st.checkbox(texts[option_id], value=bool(recorded and option_id in recorded), key=f"{widget}:{option_id}",
                    disabled=recorded is not None, width="stretch")


def _order(question: Question, arranged: list[str], widget: str, recorded: Answer | None, letters: Mapping[str, str]) -> None:
    texts = {step.id: qx(step.text) for step in question.steps}
    state_key = f"{widget}:order"
    if state_key not in st.session_state:
        st.session_state[state_key] = list(recorded or ())
    placed: list[str] = st.session_state[state_key]
    if recorded is None:
        st.markdown(label_of("quiz.order_help"))
    if placed:
        st.markdown(label_of("quiz.order_yours"))
        st.markdown("\n".join(f"{number}. {texts[step_id]}" for number, step_id in enumerate(placed, start=1)))
    if recorded is not None:
        return
    for step_id in arranged:
        if step_id not in placed:
            st.button(texts[step_id], key=f"{widget}:step:{step_id}", width="stretch", on_click=_place, args=(state_key, step_id))
    if placed:
        st.button(label_of("quiz.order_undo"), key=f"{widget}:undo", icon=":material/undo:", on_click=_undo, args=(state_key,))


def _place(state_key: str, step_id: str) -> None:
    """Add a tapped step; reads the state at tap time, so two quick taps both count."""
    placed = st.session_state.get(state_key, [])
    if step_id not in placed:
        st.session_state[state_key] = placed + [step_id]


def _undo(state_key: str) -> None:
    st.session_state[state_key] = st.session_state.get(state_key, [])[:-1]


def _match(question: Question, arranged: list[str], widget: str, recorded: Answer | None, letters: Mapping[str, str]) -> None:
    """The explanations once, lettered A, B, C …; under each word a row of letter buttons (phone-sized:
    one short row per word instead of every explanation repeated under every word). A live class's
    letters are used when it gives them, so the board and the phones agree."""
    letters = {pair_id: letters.get(pair_id) or _LETTERS[index] for index, pair_id in enumerate(arranged)}
    matches = {pair.id: pair.match for pair in question.pairs}
    st.markdown(label_of("quiz.match_help"))
    with st.container(key="quiz-match-explanations"):
        st.markdown("\n".join(f"- **{letters[pair_id]}.** {qx(matches[pair_id])}" for pair_id in arranged))
    for index, pair in enumerate(question.pairs):
        chosen = recorded[index] if recorded else None
        st.segmented_control(qx(pair.term), arranged, format_func=letters.get, key=f"{widget}:{pair.id}",
                             default=chosen, disabled=recorded is not None, width="stretch")


_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_INPUTS = {"single": _single, "true_false": _true_false, "multiple": _multiple, "order": _order, "match": _match}


def feedback(question: Question, answer: Answer) -> None:
    """Right, partly right or wrong; the feedback on each wrong choice; the right answer; the explanation and its sources."""
    share = score_question(question, answer)
    lines = []
    if question.options:
        for option in question.options:
            if option.id in answer and option.feedback:
                lines.append(in_both(lambda say, text, option=option:
                                     f"{say('quiz.your_choice').format(option=text(safe(option.text)))} {text(safe(option.feedback))}"))
    if share.earned < share.possible:
        lines.append(f"**{label_of('quiz.right_answer')}**\n\n{_right_answer(question)}")
    body = "\n\n".join(lines)
    if share.earned == share.possible:
        st.success(f"**{label_of('quiz.right')}**", icon=":material/check:")
    elif share.earned:
        st.warning(f"**{label_of('learnquiz.nearly')}**\n\n{body}", icon=":material/rule:")
    else:
        st.error(f"**{label_of('quiz.wrong')}**\n\n{body}", icon=":material/close:")
    st.info(both(question.explanation), icon=":material/lightbulb:")
    documents = cited(content().sources, question.sources)
    if documents:
        st.caption(f"{t('lesson.sources')}: " + "; ".join(source_line(source) for source in documents))


def _right_answer(question: Question) -> str:
    if question.type == "true_false":
        return label_of("quiz.true" if question.answer else "quiz.false")
    if question.type in ("single", "multiple"):
        right = [question.answer] if question.type == "single" else question.answer
        return "\n".join(f"- {qx(option.text)}" for option in question.options if option.id in right)
    if question.type == "order":
        return "\n".join(f"{number}. {qx(step.text)}" for number, step in enumerate(question.steps, start=1))
    return "\n".join("- " + in_both(lambda _, text, pair=pair: f"{text(safe(pair.term))}: {text(safe(pair.match))}")
                     for pair in question.pairs)
