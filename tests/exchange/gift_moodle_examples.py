"""Every example of Moodle's GIFT documentation (docs.moodle.org/en/GIFT_format and its older help
text, as found with the search tool), each with what Min plan makes of it.

`expect` is either the question Min plan writes (a subset of its fields, Norwegian key) or
("left out", words of the message). `source` says where the example is from: "docs" (the
MoodleDocs page or its verbatim copies), "help" (Moodle 1.9–2.x help file formatgift.html),
"quick" (the docs' quick examples), "adapted" (the docs as adapted by the VS Code GIFT extension's
documentation), "markdown" (Fuhrman, "Getting the most from markdown in GIFT") or "symbols" (written after
the docs' symbol table, where the page gives the rule but no example).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LEFT_OUT = "left out"


@dataclass(frozen=True)
class Example:
    label: str
    source: str
    gift: str
    expect: Any


EXAMPLES = [
    # Multiple choice
    Example("mc-grant", "docs", "Who's buried in Grant's tomb?{=Grant ~no one ~Napoleon ~Churchill ~Mother Teresa}",
            {"type": "single", "prompt": "Who's buried in Grant's tomb?", "options": ["Grant", "no one", "Napoleon", "Churchill", "Mother Teresa"], "answer": "a"}),
    Example("mc-feedback-lines", "docs",
            "// question: 1 name: Grants tomb\n::Grants tomb::Who is buried in Grant's tomb in New York City? {\n=Grant\n~No one\n"
            "#Was true for 12 years, but Grant's remains were buried in the tomb in 1897\n~Napoleon\n#He was buried in France\n"
            "~Churchill\n#He was buried in England\n~Mother Teresa\n#She was buried in India\n}",
            {"id": "grants-tomb", "type": "single", "answer": "a", "options": ["Grant", "No one", "Napoleon", "Churchill", "Mother Teresa"],
             "feedback": [None, "Was true for 12 years, but Grant's remains were buried in the tomb in 1897", "He was buried in France",
                          "He was buried in England", "She was buried in India"]}),
    Example("mc-help-grant", "help", "Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}",
            {"type": "single", "answer": "c", "options": ["Grant", "Jefferson", "no one"]}),
    Example("mc-help-missing-word", "help", "Grant is {~buried =entombed ~living} in Grant's tomb.",
            {"type": "single", "prompt": "Grant is _____ in Grant's tomb.", "answer": "b"}),
    Example("mc-thanksgiving-lines", "help", "The American holiday of Thanksgiving is celebrated on the {\n    ~second\n    ~third\n    =fourth\n} Thursday of November.",
            {"type": "single", "prompt": "The American holiday of Thanksgiving is celebrated on the _____ Thursday of November.", "answer": "c"}),
    Example("mc-japanese", "help", "Japanese characters originally came from what country? {\n    ~India\n    =China\n    ~Korea\n    ~Egypt}",
            {"type": "single", "options": ["India", "China", "Korea", "Egypt"], "answer": "b"}),
    # Missing word
    Example("mw-moodle-costs", "docs", "Moodle costs {~lots of money =nothing ~a small amount} to download from moodle.org.",
            {"type": "single", "prompt": "Moodle costs _____ to download from moodle.org.", "answer": "b"}),
    Example("mw-gandhi", "docs", "Mahatma Gandhi's birthday is an Indian holiday on  { ~15th ~3rd =2nd } of October.",
            {"type": "single", "prompt": "Mahatma Gandhi's birthday is an Indian holiday on _____ of October.", "answer": "c"}),
    Example("mw-hastings", "docs", "Since { ~495 AD =1066 AD ~1215 AD ~ 43 AD } the town of Hastings England has been \"famous with visitors\".",
            {"type": "single", "prompt": "Since _____ the town of Hastings England has been \"famous with visitors\".",
             "options": ["495 AD", "1066 AD", "1215 AD", "43 AD"], "answer": "b"}),
    # Multiple right answers
    Example("ma-grant", "docs", "What two people are entombed in Grant's tomb? { ~%-100%No one ~%50%Grant ~%50%Grant's wife ~%-100%Grant's father }",
            {"type": "multiple", "options": ["No one", "Grant", "Grant's wife", "Grant's father"], "answer": ["b", "c"]}),
    # True-false
    Example("tf-true", "docs", "// question: 0 name: TrueStatement using {T} style\n::TrueStatement about Grant::Grant was buried in a tomb in New York City.{T}",
            {"id": "truestatement-about-grant", "type": "true_false", "answer": True, "prompt": "Grant was buried in a tomb in New York City."}),
    Example("tf-false", "docs", "// question: 0 name: FalseStatement using {FALSE} style\n::FalseStatement about sun::The sun rises in the West.{FALSE}",
            {"type": "true_false", "answer": False}),
    Example("tf-help-f", "help", "Grant is buried in Grant's tomb.{F}", {"type": "true_false", "answer": False}),
    Example("tf-help-t", "help", "The sun rises in the east.{T}", {"type": "true_false", "answer": True}),
    Example("tf-feedback", "docs", "Grant is buried in Grant's tomb.{FALSE#No one is buried in Grant's tomb.}",
            {"type": "true_false", "answer": False, "explanation": "No one is buried in Grant's tomb."}),
    # Short answer
    Example("sa-grant", "docs", "Who's buried in Grant's tomb?{=Grant =Ulysses S. Grant =Ulysses Grant}", (LEFT_OUT, "short answer")),
    Example("sa-two-plus-two", "docs", "Two plus two equals {=four =4}.", (LEFT_OUT, "short answer")),
    Example("sa-help-no-one", "help", "Who's buried in Grant's tomb?{=no one =nobody}", (LEFT_OUT, "short answer")),
    Example("sa-feedback", "docs", "Who's buried in Grant's tomb? {\n=no one#excellent answer!\n=nobody#excellent answer too!}", (LEFT_OUT, "short answer")),
    Example("sa-kanji-name", "docs", "::Kanji Origins::Japanese characters originally came from what country? {=China}", (LEFT_OUT, "short answer")),
    Example("sa-weights", "docs", "::Jesus' hometown:: Jesus Christ was from {\n=Nazareth#Yes! That's right!\n=%75%Nazereth#Right, but misspelled.\n"
            "=%25%Bethlehem#He was born here, but not raised here.\n}", (LEFT_OUT, "short answer")),
    # Matching
    Example("match-capitals", "docs", "Match the following countries with their corresponding capitals. {\n=Canada -> Ottawa\n=Italy -> Rome\n"
            "=Japan -> Tokyo\n=India -> New Delhi\n####It's good to know the capitals\n}",
            {"type": "match", "pairs": [("Canada", "Ottawa"), ("Italy", "Rome"), ("Japan", "Tokyo"), ("India", "New Delhi")],
             "explanation": "It's good to know the capitals"}),
    Example("match-help", "help", "Match the following countries with their corresponding capitals. {\n=Italy  -> Rome\n=Japan  -> Tokyo\n=India  -> New Delhi\n}",
            {"type": "match", "pairs": [("Italy", "Rome"), ("Japan", "Tokyo"), ("India", "New Delhi")]}),
    # Numerical
    Example("num-tolerance", "docs", "When was Ulysses S. Grant born?{#1822:5}", (LEFT_OUT, "numerical")),
    Example("num-pi", "docs", "What is the value of pi (to 3 decimal places)? {#3.14159:0.0005}.", (LEFT_OUT, "numerical")),
    Example("num-range", "docs", "What is the value of pi (to 3 decimal places)? {#3.141..3.142}.", (LEFT_OUT, "numerical")),
    Example("num-partial", "docs", "When was Ulysses S. Grant born? {#\n    =1822:0      # Correct! you will get full credit.\n"
            "    =%50%1822:2 # He was born in 1822. You get half credit for being close.\n}", (LEFT_OUT, "numerical")),
    Example("num-subheading", "docs", "// Subheading: Numerical questions below\nWhat's 2 plus 2? {#4}", (LEFT_OUT, "numerical")),
    # Essay and description
    Example("essay", "docs", "Write a short biography of Dag Hammarskjöld. {}", (LEFT_OUT, "essay")),
    Example("essay-general-feedback", "docs", "How are you? {\n####We hope you're feeling well.\n}", (LEFT_OUT, "essay")),
    Example("description", "docs", "You can use your pencil and paper for these next math questions.", (LEFT_OUT, "description")),
    # Options: names, feedback, weights
    Example("name-thanksgiving", "docs", "::Thanksgiving Date::The American holiday of Thanksgiving is celebrated on the {~second ~third =fourth} Thursday of November.",
            {"id": "thanksgiving-date", "type": "single", "answer": "c"}),
    Example("feedback-mc", "docs", "What's the answer to this multiple-choice question? {\n~wrong answer#feedback comment on the wrong answer\n"
            "~another wrong answer#feedback comment on this wrong answer\n=right answer#Very good!}",
            {"type": "single", "answer": "c", "feedback": ["feedback comment on the wrong answer", "feedback comment on this wrong answer", "Very good!"]}),
    Example("weights-difficult", "docs", "Difficult question.{~wrong answer ~%50%half credit answer =full credit answer}", (LEFT_OUT, "partial credit")),
    Example("weights-jesus", "docs", "::Jesus' hometown::Jesus Christ was from {\n~Jerusalem#This was an important city, but the wrong answer.\n"
            "~%25%Bethlehem#He was born here, but not raised here.\n~%50%Galilee#You need to be more specific.\n=Nazareth#Yes! That's right!\n}.",
            (LEFT_OUT, "partial credit")),
    # Special characters
    Example("escape-equals", "docs", "Which answer equals 5? {\n~ \\= 2 + 2\n= \\= 2 + 3\n~ \\= 2 + 4\n}",
            {"type": "single", "options": ["= 2 + 2", "= 2 + 3", "= 2 + 4"], "answer": "b"}),
    Example("escape-all", "docs", "::GIFT Control Characters::\nWhich of the following is NOT a control character for the GIFT import format? {\n"
            "~ \\~     # \\~ is a control character.\n~ \\=     # \\= is a control character.\n~ \\#     # \\# is a control character.\n"
            "~ \\{     # \\{ is a control character.\n~ \\}     # \\} is a control character.\n"
            "= \\\\     # Correct! \\\\ (backslash) is not a control character. BUT, it is used to escape the control characters.\n}",
            {"id": "gift-control-characters", "type": "single", "options": ["~", "=", "#", "{", "}", "\\"], "answer": "f",
             "feedback": ["~ is a control character.", "= is a control character.", "# is a control character.", "{ is a control character.",
                          "} is a control character.", "Correct! \\ (backslash) is not a control character. BUT, it is used to escape the control characters."]}),
    Example("escape-colon", "docs", "The largest desert on Earth is\\: {\n=Antarctica\n~Sahara Desert\n~Australian Desert\n~Arabian Desert\n}",
            {"type": "single", "prompt": "The largest desert on Earth is:", "answer": "a"}),
    Example("escape-short", "docs", "1 + 2 \\= {3}", (LEFT_OUT, "short answer")),
    Example("line-break-entity", "symbols", "First line\\nsecond line: true? {T}".replace(": true", "\\: true"),
            {"type": "true_false", "prompt": "First line\nsecond line: true?"}),
    # Text formats
    Example("format-html", "symbols", "::Grant html::[html]Who is <b>buried</b> in Grant&#39;s tomb?<br>Choose one. {=no one ~Grant}",
            {"type": "single", "prompt": "Who is buried in Grant's tomb? Choose one.", "answer": "a"}),
    Example("format-markdown", "symbols", "::Grant markdown::[markdown]Who is **buried** in *Grant's* tomb? {=no one ~Grant}",
            {"type": "single", "prompt": "Who is buried in Grant's tomb?"}),
    Example("format-plain", "symbols", "::Grant plain::[plain]Who is <b>buried</b> here? {=no one ~Grant}",
            {"type": "single", "prompt": "Who is <b>buried</b> here?"}),
    Example("format-moodle-lines", "symbols", "::Grant moodle::[moodle]Who is buried\nin Grant's tomb? {=no one ~Grant}",
            {"type": "single", "prompt": "Who is buried\nin Grant's tomb?"}),
    Example("format-per-answer", "symbols", "::Per answer::Which is bold? {=[html]<b>this</b> ~[plain]<b>not this</b>}",
            {"type": "single", "options": ["this", "<b>not this</b>"]}),
    Example("markdown-answers", "markdown", "::Simple markdown::\n[markdown]If you're standing somewhere on the equator, the **sun** \n"
            "rises in the\\: {=*east*#**Super!** ~*west* ~*north* ~*south*}",
            {"id": "simple-markdown", "type": "single", "prompt": "If you're standing somewhere on the equator, the sun rises in the:",
             "options": ["east", "west", "north", "south"], "feedback": ["Super!", None, None, None]}),
    # The docs as adapted by the VS Code extension's documentation
    Example("adapted-title", "adapted", "::Continents:: { =Asia } is the largest continent in the world.", (LEFT_OUT, "short answer")),
    Example("adapted-feedback", "adapted", "Japanese characters originally came from which country? {\n~India #Sorry.\n=China #Correct!\n"
            "~Korea #Try again.\n~Egypt #That’s not it.\n}",
            {"type": "single", "answer": "b", "feedback": ["Sorry.", "Correct!", "Try again.", "That’s not it."]}),
    Example("adapted-tf-feedback", "adapted", "Question Text {TRUE #Wrong #Right}",
            {"type": "true_false", "answer": True, "explanation": "Wrong"}),
    Example("adapted-weights", "adapted", "Jesus Christ was from {\n~Jerusalem\n~%25%Bethlehem\n~%50%Galilee\n=Nazareth\n}", (LEFT_OUT, "partial credit")),
    # The docs' quick examples
    Example("quick-q1", "quick", "// true/false\n::Q1:: 1+1=2 {T}", {"id": "q1", "type": "true_false", "answer": True, "prompt": "1+1=2"}),
    Example("quick-q2", "quick", "// multiple choice with specified feedback for right and wrong answers\n::Q2:: What's between orange and green in the spectrum? \n"
            "{ =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow }",
            {"id": "q2", "type": "single", "answer": "a", "feedback": ["right; good!", "wrong, it's yellow", "wrong, it's yellow"]}),
    Example("quick-q3", "quick", "// fill-in-the-blank\n::Q3:: Two plus {=two =2} equals four.", (LEFT_OUT, "short answer")),
    Example("quick-q4", "quick", "// matching\n::Q4:: Which animal eats which food? { =cat -> cat food =dog -> dog food }",
            {"id": "q4", "type": "match", "pairs": [("cat", "cat food"), ("dog", "dog food")]}),
    Example("quick-q5", "quick", "// math range question\n::Q5:: What is a number from 1 to 5? {#3:2}", (LEFT_OUT, "numerical")),
    Example("quick-q6", "quick", "// math range specified with interval end points\n::Q6:: What is a number from 1 to 5? {#1..5}", (LEFT_OUT, "numerical")),
    Example("quick-q7", "quick", "// multiple numeric answers with partial credit and feedback\n::Q7:: When was Ulysses S. Grant born? {#\n"
            "         =1822:0      # Correct! Full credit.\n         =%50%1822:2  # He was born in 1822. Half credit for being close.\n}",
            (LEFT_OUT, "numerical")),
    Example("quick-q8", "quick", "// essay\n::Q8:: How are you? {}", (LEFT_OUT, "essay")),
]
