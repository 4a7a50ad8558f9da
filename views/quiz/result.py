"""The result of a quiz: score, passed or not yet, mastery per learning goal and lesson, and what next."""
from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from minplan.quiz.attempt import Attempt, new_seed
from minplan.quiz.questions import Question, Quiz
from minplan.quiz.rounds import Tally, in_round, tallies, tally
from minplan.quiz.scoring import as_fraction, by_goal, by_lesson, score_attempt
from minplan.content.text import BASE_LANGUAGE
from views.bilingual import heading, in_both, label_of
from views.links import link
from views.quiz.question import Save
from views.session import content, t


def show(quiz: Quiz, questions: Sequence[Question], attempt: Attempt, save: Save) -> None:
    """The round's score in whole questions («7 av 10 riktige»), then what to do next and what to read again."""
    questions = in_round(questions, attempt.asked, attempt.answers)
    result = score_attempt(questions, attempt.answers, quiz.pass_mark)
    total = tally(result, [question.id for question in questions])
    heading("quiz.result", level=2)
    st.markdown(f"### {in_both(lambda say, _: _tally_text(total, say))}")
    if total.reaches(quiz.pass_mark):
        st.success(label_of("quiz.passed"), icon=":material/celebration:")
    else:
        mark = int(as_fraction(quiz.pass_mark) * 100)
        st.info(in_both(lambda say, _: say("quiz.not_yet").format(percent=mark)), icon=":material/trending_up:")
    wrong = result.wrong(questions)
    if wrong:
        st.button(label_of("quiz.retry_wrong").replace("{count}", str(len(wrong))), type="primary", width="stretch", icon=":material/replay:",
                  on_click=lambda: save(attempt.retry(wrong, new_seed())))
    st.button(label_of("quiz.start_over"), width="stretch", icon=":material/restart_alt:",
              on_click=lambda: save(Attempt.start(questions, new_seed())))
    _goals(tallies(result, by_goal(questions, {lesson.id: lesson.module_goals for lesson in content().lessons})), quiz)
    _lessons(tallies(result, by_lesson(questions)), quiz)


def _tally_text(counted: Tally, say: Callable[[str], str] = t) -> str:
    """«7 av 10 riktige», and «2 nesten riktige» in words when some were partly right; never decimal points."""
    text = say("learnquiz.score").replace("{right}", str(counted.right)).replace("{total}", str(counted.total))
    if counted.nearly:
        text += ", " + say("learnquiz.nearly_count").replace("{count}", str(counted.nearly))
    return text


def _goals(mastery: dict[object, Tally], quiz: Quiz) -> None:
    if not mastery:
        return
    module = content().module
    texts = {goal.number: goal.text for goal in module.goals} if module else {}
    heading("quiz.by_goal", level=3)
    for number, share in mastery.items():
        mark = "✓ " if share.reaches(quiz.pass_mark) else ""
        goal = texts.get(number, {BASE_LANGUAGE: ""})
        st.progress(float(share.ratio), text=mark + in_both(
            lambda say, text, number=number, goal=goal, share=share:
            f"**{say('quiz.goal').format(number=number)}:** {text(goal)} ({_tally_text(share, say)})"))


def _lessons(mastery: dict[object, Tally], quiz: Quiz) -> None:
    heading("quiz.by_lesson", level=3)
    for lesson_id, share in mastery.items():
        lesson = content().lesson(lesson_id)
        title = lesson.title if lesson else {BASE_LANGUAGE: lesson_id}
        if share.reaches(quiz.pass_mark):
            st.markdown("✓ " + in_both(lambda say, text, title=title, share=share:
                                      f"**{text(title)}**: {_tally_text(share, say)}. {say('quiz.mastered')}"))
        else:
            st.markdown(in_both(lambda say, text, title=title, share=share: f"**{text(title)}**: {_tally_text(share, say)}"))
            link(lesson_id, label=in_both(lambda say, text, title=title: say("quiz.review").format(lesson=text(title))),
                 icon=":material/replay:")
