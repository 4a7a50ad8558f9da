"""The result of a quiz: score, passed or not yet, mastery per learning goal and lesson, and what next."""
from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from minplan.quiz.attempt import Attempt, new_seed
from minplan.quiz.questions import Question, Quiz
from minplan.quiz.scoring import Share, as_fraction, by_goal, by_lesson, percent, points_text, score_attempt
from views.links import link
from views.quiz.question import Save
from views.session import content, t, tx


def show(quiz: Quiz, questions: Sequence[Question], attempt: Attempt, save: Save) -> None:
    result = score_attempt(questions, attempt.answers, quiz.pass_mark)
    st.header(t("quiz.result"))
    st.markdown(f"**{t('quiz.score').format(earned=points_text(result.total.earned), possible=result.total.possible, percent=percent(result.total))}**")
    if result.passed:
        st.success(t("quiz.passed"), icon=":material/celebration:")
    else:
        st.info(t("quiz.not_yet").format(percent=int(as_fraction(quiz.pass_mark) * 100)), icon=":material/trending_up:")
    wrong = result.wrong(questions)
    if wrong:
        st.button(t("quiz.retry_wrong").format(count=len(wrong)), type="primary", width="stretch", icon=":material/replay:",
                  on_click=lambda: save(attempt.retry(wrong, new_seed())))
    st.button(t("quiz.start_over"), width="stretch", icon=":material/restart_alt:",
              on_click=lambda: save(Attempt.start(questions, new_seed())))
    _goals(result.mastery(by_goal(questions, {lesson.id: lesson.module_goals for lesson in content().lessons})), quiz)
    _lessons(result.mastery(by_lesson(questions)), quiz)


def _share_text(share: Share) -> str:
    return t("quiz.share").format(earned=points_text(share.earned), possible=share.possible)


def _goals(mastery: dict[object, Share], quiz: Quiz) -> None:
    if not mastery:
        return
    module = content().module
    texts = {goal.number: tx(goal.text) for goal in module.goals} if module else {}
    st.subheader(t("quiz.by_goal"))
    for number, share in mastery.items():
        mark = "✓ " if share.reaches(quiz.pass_mark) else ""
        name = t("quiz.goal").format(number=number)
        st.progress(float(share.ratio), text=f"{mark}**{name}:** {texts.get(number, '')} ({_share_text(share)})")


def _lessons(mastery: dict[object, Share], quiz: Quiz) -> None:
    st.subheader(t("quiz.by_lesson"))
    for lesson_id, share in mastery.items():
        lesson = content().lesson(lesson_id)
        title = tx(lesson.title) if lesson else lesson_id
        if share.reaches(quiz.pass_mark):
            st.markdown(f"✓ **{title}**: {_share_text(share)}. {t('quiz.mastered')}")
        else:
            st.markdown(f"**{title}**: {_share_text(share)}")
            link(lesson_id, label=t("quiz.review").format(lesson=title), icon=":material/replay:")
