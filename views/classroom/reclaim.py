"""The teacher's way back to a running class: its code and the PIN chosen at the start.

After a reload of the teacher's tab, or a restart or redeploy of the server, the board is
the start form again; this form under it gives the running class back. The PIN is typed
in a password field and never shown; wrong PINs are slowed down like wrong join codes.
"""
from __future__ import annotations

import streamlit as st

from minplan.classroom.store import Started
from views.classroom import live as class_live
from views.session import t


def form() -> Started | None:
    """The "continue the class" form; the class and its new secret once the code and PIN are right."""
    st.subheader(t("classroom.reclaim_title"))
    st.markdown(t("classroom.reclaim_intro"))
    with st.form("class-reclaim", border=False, clear_on_submit=True):
        code = st.text_input(t("classroom.code"), max_chars=12, key="class-reclaim-code")
        pin = st.text_input(t("classroom.reclaim_pin"), type="password", max_chars=40, key="class-reclaim-pin")
        sent = st.form_submit_button(t("classroom.reclaim"), icon=":material/replay:")
    if not sent:
        return None
    back = class_live.store().reclaim(code, pin, class_live.browser(), class_live.address())
    if back.started is None:
        st.error(t(f"classroom.{back.problem}").format(seconds=back.wait_seconds), icon=":material/error:")
    return back.started
