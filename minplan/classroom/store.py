"""The live class in a database, shared by every app replica: codes, joining, answers, the teacher's steps.

SQLite by default (a file, nothing to start); PostgreSQL when DATABASE_URL is set.
Nothing personal is kept: a participant is a hashed random token and an optional
nickname, and every class is deleted after its lifetime (24 hours by default,
MINPLAN_CLASS_HOURS). Only the holder of the teacher's secret can drive a class;
the database keeps its hash. An answer is stored at most once per participant and
question (a unique key and an insert that ignores conflicts), so a resend never
counts twice. Wrong join codes and wrong PINs are counted in memory (limits.py) and slowed
down; a right join code is never refused. Every database error leaves this class as
`StoreUnavailable` (health.py), so the pages can say "trying again" instead of crashing.
Expired classes are swept away at most a minute after they expire, by whatever call comes
first (a phone's poll is enough), and by the server's own timed sweep (serving/upkeep.py).
"""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, and_, delete, func, or_, select, update

from minplan.classroom.codes import (clean_nickname, digest, hash_pin, looks_like_token, new_code, new_secret, new_token,
                                     normalise_code, pin_matches, valid_pin)
from minplan.classroom.health import CannotKeepClasses, Outage, StoreUnavailable, guarded
from minplan.classroom.limits import Quota, TryLimits
from minplan.classroom.tables import (DEFAULT_HOURS, answers, database_url, insert_ignoring_conflicts, lifetime_hours,
                                      make_engine, participants, prepare, read_only, sessions, sqlite_file,
                                      storage_problem)
from minplan.classroom.questions import decode, encode, valid_answer
from minplan.quiz.questions import Question
from minplan.quiz.scoring import Answer

LOBBY, OPEN, REVEALED, FINISHED = "lobby", "open", "revealed", "finished"

FREE_TRIES = 5
"""Wrong join codes (or PINs) one browser session may type before it is slowed down."""
FREE_TRIES_PER_ADDRESS = 40
"""The same for one network address: a whole class on the school's network shares one, so it gets more."""
FREE_PIN_TRIES_PER_CLASS = 10
"""Wrong PINs for one class, from anyone, before PIN tries for it are slowed down."""
WRONG_CODES_PER_MINUTE = 120
"""Wrong join codes from everyone together, per minute and process, before every wrong code is slowed down."""
WRONG_PINS_PER_MINUTE = 30
"""The same for wrong PINs."""
NEW_CLASSES = {"browser": 5, "address": 30, "everyone": 200}
"""New classes per hour and process from one browser session, one network address and everyone together."""
SWEEP_EVERY = 60.0
"""Seconds between sweeps of expired classes (run by the first store call after that time)."""



def _clients(browser: str, address: str | None) -> dict[str, int]:
    """The counters for one client and their free tries: its browser session, and its address when known."""
    return {f"browser:{browser}": FREE_TRIES} | ({f"address:{address}": FREE_TRIES_PER_ADDRESS} if address else {})


class NotAllowed(Exception):
    """A teacher's action without the right secret, or for a class that does not exist (any more)."""


@dataclass(frozen=True)
class ClassState:
    """What a phone needs on every tick: where the class is. `version` changes with every teacher step."""

    code: str
    source: str
    question_ids: tuple[str, ...]
    phase: str
    position: int
    version: int

    @property
    def total(self) -> int:
        return len(self.question_ids)

    @property
    def asked(self) -> int:
        """How many questions the class has been shown: none in the lobby, else every one up to the current one."""
        return 0 if self.phase == LOBBY else min(self.position + 1, self.total)


@dataclass(frozen=True)
class Started:
    """A new class: its join code, and the secret only the teacher's session holds."""

    code: str
    secret: str


@dataclass(frozen=True)
class Joined:
    """The outcome of joining: a token, or why not ("wrong_code", "ended", "slow_down") and how long to wait."""

    token: str | None = None
    problem: str | None = None
    wait_seconds: int = 0


@dataclass(frozen=True)
class Reclaimed:
    """The outcome of taking a class back: the class and a new secret, or why not ("wrong_pin", "slow_down")."""

    started: Started | None = None
    problem: str | None = None
    wait_seconds: int = 0


@dataclass(frozen=True)
class Counts:
    """The teacher's live numbers: participants in the class, answers to the open question."""

    joined: int
    answered: int


class ClassStore:
    """Every rule of a live class over one database; views call these methods and nothing else."""

    def __init__(self, engine: Engine, hours: float = DEFAULT_HOURS, clock: Callable[[], float] = time.time):
        self.engine = engine
        self.seconds = hours * 3600
        self.clock = clock
        self.outage = Outage(clock)
        self.code_tries = TryLimits(clock, WRONG_CODES_PER_MINUTE)
        self.pin_tries = TryLimits(clock, WRONG_PINS_PER_MINUTE)
        self.new_classes = Quota(clock, NEW_CLASSES, 3600)
        self._prepared = False
        self._swept_at = float("-inf")
        self._upkeep_lock = threading.Lock()

    @classmethod
    def from_environment(cls) -> "ClassStore":
        return cls(make_engine(database_url()), lifetime_hours())

    # The teacher ---------------------------------------------------------------------------------

    @guarded
    def start(self, source: str, question_ids: Sequence[str], pin: str) -> Started:
        """Open a class in the lobby with a fresh, unused code; `pin` lets its teacher take it back later.

        Raises CannotKeepClasses when the SQLite file is gone or read-only, so no class starts
        that would vanish at the next restart.
        """
        if not question_ids or not valid_pin(pin):
            raise ValueError("a class needs at least one question and a valid PIN")
        problem = storage_problem(self.engine)
        if problem:
            raise CannotKeepClasses(problem)
        secret = new_secret()
        pin_hash = hash_pin(pin)
        for _ in range(20):
            code = new_code()
            with self.engine.begin() as db:
                if db.execute(select(sessions.c.id).where(sessions.c.code == code)).first() is None:
                    db.execute(sessions.insert().values(
                        code=code, teacher_hash=digest(secret), teacher_pin=pin_hash, source=source,
                        question_ids=json.dumps(list(question_ids)), phase=LOBBY, position=0, version=1,
                        expires_at=self.clock() + self.seconds))
                    return Started(code, secret)
        raise RuntimeError("no free join code found")

    def may_start(self, browser: str, address: str | None = None) -> int:
        """0 when this browser may start one more class now (and that one is counted), else the seconds to wait.

        A few tabs could otherwise fill the database with classes nobody uses.
        """
        keys = {"browser": f"browser:{browser}", "everyone": "everyone"} | ({"address": f"address:{address}"} if address else {})
        return self.new_classes.take(keys)

    @guarded
    def reclaim(self, typed_code: str, pin: str, browser: str, address: str | None = None) -> Reclaimed:
        """Give the board of a live class back to whoever knows its PIN: a new secret, and the old tab loses the board.

        Wrong PINs are limited like wrong join codes, and also per class; while a guesser's wait
        runs, its PIN is not checked at all, since a PIN is short enough to guess. A browser that
        has typed no wrong PIN itself is always checked, so the right PIN is never refused
        because of what others sent.
        """
        code = normalise_code(typed_code) or "-"
        own = _clients(browser, address)
        clients = own | {f"class:{code}": FREE_PIN_TRIES_PER_CLASS}
        wait = self.pin_tries.wait(own, [f"class:{code}"])
        if wait:
            return Reclaimed(problem="slow_down", wait_seconds=wait)
        with self.engine.connect() as db:
            row = db.execute(select(sessions.c.id, sessions.c.teacher_pin)
                             .where(sessions.c.code == code, sessions.c.expires_at > self.clock())).first()
        if row is None or not pin_matches(str(pin or ""), row.teacher_pin):
            self.pin_tries.wrong(clients)
            return Reclaimed(problem="wrong_pin")
        secret = new_secret()
        with self.engine.begin() as db:
            db.execute(update(sessions).where(sessions.c.id == row.id).values(teacher_hash=digest(secret)))
        return Reclaimed(started=Started(code, secret))

    @guarded
    def open_question(self, code: str, secret: str, index: int) -> ClassState:
        """Open question `index` for answers: the first from the lobby, or the next after the answers were shown."""
        after_reveal = and_(sessions.c.phase == REVEALED, sessions.c.position == index - 1)
        return self._step(code, secret, {"phase": OPEN, "position": index},
                          or_(sessions.c.phase == LOBBY, after_reveal) if index == 0 else after_reveal)

    @guarded
    def reveal(self, code: str, secret: str, index: int) -> ClassState:
        """Stop answers to question `index` and show the class how it answered."""
        return self._step(code, secret, {"phase": REVEALED},
                          and_(sessions.c.phase == OPEN, sessions.c.position == index))

    @guarded
    def finish(self, code: str, secret: str) -> ClassState:
        """End the questions, also early; participants see their score, the teacher the results.

        Only the questions the class was asked are kept, so results and scores never count one nobody saw."""
        now = self.state(code)
        kept = {"question_ids": json.dumps(list(now.question_ids[:now.asked]))} if now and now.phase != FINISHED else {}
        return self._step(code, secret, {"phase": FINISHED} | kept, sessions.c.phase != FINISHED)

    def _step(self, code: str, secret: str, values: dict, allowed) -> ClassState:
        """Change the phase only from the state the teacher saw, so a double click never skips a question."""
        with self.engine.begin() as db:
            db.execute(update(sessions).where(self._teacher_owns(code, secret), allowed)
                       .values(**values, version=sessions.c.version + 1))
        state = self.state(code)
        if state is None or not self.is_teacher(code, secret):
            raise NotAllowed(code)
        return state

    def _teacher_owns(self, code: str, secret: str):
        return and_(sessions.c.code == code, sessions.c.teacher_hash == digest(secret), sessions.c.expires_at > self.clock())

    @guarded
    def is_teacher(self, code: str, secret: str) -> bool:
        """True when `secret` is the one that started the live class `code`."""
        with self.engine.connect() as db:
            return db.execute(select(sessions.c.id).where(self._teacher_owns(code, secret))).first() is not None

    @guarded
    def counts(self, code: str, secret: str) -> Counts:
        """Participants and answers to the current question, in one small query."""
        joined = (select(func.count()).select_from(participants)
                  .where(participants.c.session_id == sessions.c.id).scalar_subquery())
        answered = (select(func.count()).select_from(answers)
                    .where(answers.c.session_id == sessions.c.id, answers.c.question_index == sessions.c.position)
                    .scalar_subquery())
        with self.engine.connect() as db:
            row = db.execute(select(joined, answered).where(self._teacher_owns(code, secret))).first()
        if row is None:
            raise NotAllowed(code)
        return Counts(row[0], row[1])

    @guarded
    def nicknames(self, code: str, secret: str, limit: int = 100) -> list[str]:
        """The nicknames participants chose (most join without one), for the teacher's lobby."""
        with self.engine.connect() as db:
            rows = db.execute(select(sessions.c.id, participants.c.nickname)
                              .outerjoin(participants, and_(participants.c.session_id == sessions.c.id,
                                                            participants.c.nickname.is_not(None)))
                              .where(self._teacher_owns(code, secret))
                              .order_by(participants.c.joined_at).limit(limit)).all()
        if not rows:
            raise NotAllowed(code)
        return [row.nickname for row in rows if row.nickname]

    @guarded
    def answers_to(self, code: str, secret: str) -> dict[int, list[Answer]]:
        """Every answer of the class by question place, for the chart and the results (teacher only)."""
        with self.engine.connect() as db:
            owner = db.execute(select(sessions.c.id).where(self._teacher_owns(code, secret))).first()
            if owner is None:
                raise NotAllowed(code)
            rows = db.execute(select(answers.c.question_index, answers.c.answer)
                              .where(answers.c.session_id == owner.id)).all()
        found: dict[int, list[Answer]] = {}
        for index, stored in rows:
            found.setdefault(index, []).append(decode(stored))
        return found

    @guarded
    def end(self, code: str, secret: str) -> None:
        """Delete the class and everything in it now, instead of waiting for it to expire."""
        with self.engine.begin() as db:
            owner = db.execute(select(sessions.c.id).where(self._teacher_owns(code, secret))).first()
            if owner is None:
                raise NotAllowed(code)
            self._delete(db, [owner.id])

    # Everyone ------------------------------------------------------------------------------------

    @guarded
    def state(self, code: str) -> ClassState | None:
        """Where the class `code` is now, or None when there is no such live class. One indexed lookup."""
        with self.engine.connect() as db:
            row = db.execute(select(sessions.c.code, sessions.c.source, sessions.c.question_ids, sessions.c.phase,
                                    sessions.c.position, sessions.c.version)
                             .where(sessions.c.code == code, sessions.c.expires_at > self.clock())).first()
        if row is None:
            return None
        return ClassState(row.code, row.source, tuple(json.loads(row.question_ids)), row.phase, row.position, row.version)

    # Participants --------------------------------------------------------------------------------

    @guarded
    def join(self, typed_code: str, nickname: str | None, browser: str, address: str | None = None) -> Joined:
        """Join with a typed code; `browser` (a session id) and `address` say who is trying, for the slow-down.

        A wrong code is counted for the browser, the address and everyone together; past their
        free tries the browser (and its address, across new sessions) must wait, and in the wait
        no code is checked. A browser (or address) that has typed no wrong code is always checked.
        """
        now = self.clock()
        clients = _clients(browser, address)
        wait = self.code_tries.wait(clients)
        if wait:
            return Joined(problem="slow_down", wait_seconds=wait)
        code = normalise_code(typed_code)
        row = None
        if code:
            with self.engine.connect() as db:
                row = db.execute(select(sessions.c.id, sessions.c.expires_at).where(sessions.c.code == code)).first()
        if row is not None and row.expires_at > now:
            token = new_token()
            with self.engine.begin() as db:
                db.execute(participants.insert().values(session_id=row.id, token_hash=digest(token),
                                                        nickname=clean_nickname(nickname), joined_at=now))
            return Joined(token=token)
        self.code_tries.wrong(clients)
        wait = self.code_tries.wait(clients)
        if wait:
            return Joined(problem="slow_down", wait_seconds=wait)
        return Joined(problem="ended" if row is not None else "wrong_code")

    @guarded
    def is_participant(self, code: str, token: str) -> bool:
        """True when `token` joined the live class `code`: a reload or a lost network rejoins the same place."""
        if not looks_like_token(token):
            return False
        with self.engine.connect() as db:
            return db.execute(select(participants.c.token_hash).join(sessions, sessions.c.id == participants.c.session_id)
                              .where(sessions.c.code == code, sessions.c.expires_at > self.clock(),
                                     participants.c.token_hash == digest(token))).first() is not None

    @guarded
    def answer(self, code: str, token: str, index: int, question: Question, answer: Answer) -> str:
        """Store an answer to the open question: "stored", "again" (already answered; kept as it was), or "closed"."""
        if not looks_like_token(token) or not valid_answer(question, tuple(answer)):
            return "closed"
        token_hash = digest(token)
        with self.engine.connect() as db:
            row = db.execute(select(sessions.c.id, sessions.c.phase, sessions.c.position, sessions.c.question_ids,
                                    participants.c.token_hash)
                             .outerjoin(participants, and_(participants.c.session_id == sessions.c.id,
                                                           participants.c.token_hash == token_hash))
                             .where(sessions.c.code == code, sessions.c.expires_at > self.clock())).first()
        if (row is None or row.token_hash is None or row.phase != OPEN or row.position != index
                or json.loads(row.question_ids)[index] != question.id):
            return "closed"
        values = dict(session_id=row.id, question_index=index, token_hash=token_hash, answer=encode(tuple(answer)),
                      answered_at=self.clock())
        with self.engine.begin() as db:
            stored = db.execute(insert_ignoring_conflicts(self.engine, answers).values(**values)
                                .returning(answers.c.question_index)).first()
        return "stored" if stored is not None else "again"

    @guarded
    def own_answers(self, code: str, token: str) -> dict[int, Answer]:
        """A participant's answers by question place, to show again after a reload."""
        if not looks_like_token(token):
            return {}
        with self.engine.connect() as db:
            rows = db.execute(select(answers.c.question_index, answers.c.answer)
                              .join(sessions, sessions.c.id == answers.c.session_id)
                              .where(sessions.c.code == code, answers.c.token_hash == digest(token))).all()
        return {index: decode(stored) for index, stored in rows}

    # Upkeep ---------------------------------------------------------------------------------------

    @guarded
    def purge(self) -> int:
        """Delete every expired class with its participants and answers now; how many classes went."""
        return self._purge()

    def sweep(self) -> bool:
        """The server's timed sweep (serving/upkeep.py): purge now; False while the database is away (noted once)."""
        try:
            self.purge()
        except StoreUnavailable:
            return False
        return True

    def _upkeep(self) -> None:
        """Before any call: the tables exist, the SQLite file is still there, and expired classes are swept."""
        path = sqlite_file(self.engine)
        if self._prepared and path is not None and not path.is_file():
            raise CannotKeepClasses("missing")
        if self._prepared and self.clock() - self._swept_at < SWEEP_EVERY:
            return
        with self._upkeep_lock:
            if not self._prepared:
                if path is not None and path.parent.is_dir() and read_only(path if path.is_file() else path.parent):
                    raise CannotKeepClasses("read_only")
                prepare(self.engine)
                self._prepared = True
            if self.clock() - self._swept_at >= SWEEP_EVERY:
                self._purge()
                self._swept_at = self.clock()

    def _purge(self) -> int:
        now = self.clock()
        with self.engine.begin() as db:
            expired = [row.id for row in db.execute(select(sessions.c.id).where(sessions.c.expires_at <= now))]
            self._delete(db, expired)
        return len(expired)

    @staticmethod
    def _delete(db, session_ids: list[int]) -> None:
        if session_ids:
            for table in (answers, participants):
                db.execute(delete(table).where(table.c.session_id.in_(session_ids)))
            db.execute(delete(sessions).where(sessions.c.id.in_(session_ids)))
