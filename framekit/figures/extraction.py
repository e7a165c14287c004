"""Casualty figures in an article: how many, how sure, of what, and according to whom (lesson 04).

:func:`extract` finds each number that counts people harmed (144, 1,200, thirty-one, a
hundred, two dozen, dozens), the hedge in front of it (*at least*, *over*, *nearly*, …) and
the interval that hedge implies (:mod:`framekit.language.hedges`), the category from the words
around it (killed, injured, missing, detained, other), and the source when the sentence
credits one (*officials said*, *according to the health office*). Dates, years, ages, times,
durations, distances, weights, money and fractions are not casualty counts and are skipped.

Like the quote extractor, the rules are short and readable on purpose, so that students can
see why a figure is missed; lesson 04 scores them against ``annotations/figures.csv``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, fields
from datetime import date
from functools import cached_property
from itertools import islice
from pathlib import Path

from framekit.language.hedges import HEDGES, RANGE, interval
from framekit.language.numbers import NUMBER, TENS, UNITS, number_value
from framekit.language.sentences import sentences
from framekit.language.reporting import reporter_words
from framekit.language.text import Span
from framekit.story.annotations import story_rows
from framekit.story.model import Article, Story
from framekit.story.rows import FigureRow

CATEGORY_WORDS = {
    "killed": r"kill(?:ed|ing|s)?|died|dies|dying|dead|deaths?|toll|lives|perished|drown(?:ed|ing|s)|electrocuted|fatal(?:ly|it(?:y|ies))|bodies|"
              r"succumb(?:ed|ing|s)?",  # "succumbed to their injuries": what happened last wins
    "injured": r"injur(?:e|es|ed|ies|y|ing)|wound(?:ed|ing|s)?|hurt|hospitali[sz](?:ed|ation)|hospitals?|treated|treatment|bruis(?:es|ed)|fractures?|lacerations?|concussions?|burns|inhalation|"
                r"hypothermia|frostbite|exhaustion",
    "missing": r"missing|unaccounted",
    "detained": r"detain(?:ed|ing)?|detention|arrest(?:ed|s|ing)?|apprehended|custody",
    "other": r"casualt(?:y|ies)|affected|evacuated|victims?",
}
# Wounds named as the object of a verb of receiving ("received cuts", "suffered scrapes"): an
# injury only there; alone, "cuts" may be power cuts, so these are not among CATEGORY_WORDS.
HURT_NOUNS = r"cuts|scrapes|abrasions|gashes|sprains"
PEOPLE = (r"people|persons?|civilians?|children|child|adults?|women|men|victims?|lives|bodies|concertgoers|"
          r"spectators|visitors|hostages?|residents|soldiers|officers|policemen|policewomen|police|firefighters|"
          r"rescuers|suspects?|attackers?|assailants?|gunmen|bombers?|terrorists?|militants?|insurgents?|rebels?|"
          r"fighters?|combatants?|jihadists?|extremists?|troops|troopers?|marines?|servicemen|personnel|guards?|"
          r"peacekeepers?|employees|workers|staff|students|pupils|fans|citizens|nationals|foreigners|others|"
          r"individuals|passengers|teenagers|minors|infants|babies|worshipp?ers?|pilgrims?|refugees?|migrants?|"
          r"shepherds?|farmers?|fishermen|miners?|villagers?|protesters?|demonstrators?|crew|crewmen|members|"
          r"tourists?|journalists?|reporters?|patients?|inmates?|prisoners?|detainees?|bystanders?|commuters?|"
          r"diners?|shoppers?|guests?|pedestrians?|motorists?|drivers?|cyclists?|hikers?|climbers?|sailors?|"
          r"mourners?|parishioners?|congregants?|doctors?|nurses?|medics?|volunteers?|teachers?|contractors?|"
          r"persons|survivors?|casualties|occupants?|riders?|campers?|boaters?|swimmers?|golfers?|players?|"
          r"youths?|teens|girls|boys|homeowners|firemen|linemen|spotters|motorcyclists?|bikers?|skiers?|divers?|anglers?|hunters?|kayakers?|"
          r"truckers?|crew\s+members|supporters|family\s+members|relatives|sons|daughters|brothers|sisters|parents|"
          r"grandparents|grandchildren|siblings|husbands|wives|cousins|friends|companions|neighbou?rs|co-?workers|kids|"
          r"couples?|deputies|sheriffs?|pilots?|agents?|chasers|scouts|canoeists?|kayakers?|ranchers?|laborers?|"
          r"workmen|roofers?|joggers?|runners?|walkers?|picnickers?|surfers?|beachgoers?|attendees?|participants?|"
          r"churchgoers?|patrons?|owners?|tenants?|renters?|officials?|operators?|engineers?|"
          r"paramedics?|caravanners?|rafters?|(?:ranch|farm|deck|field)\s*hands")
# Whom a figure counts, when the noun after its number says so: those who attacked, those who
# guard, and the rest. Perpetrators killed are casualties too: the category stays "killed".
VICTIMS = {
    "perpetrators": r"assailants?|attackers?|gunmen|gunman|bombers?|terrorists?|militants?|insurgents?|jihadists?|"
                    r"extremists?|suspects?|hijackers?",
    "security forces": r"soldiers?|troops|troopers?|marines?|servicemen|personnel|police(?:men|women)?|officers?|"
                       r"guards?|peacekeepers?|security\s+forces",
    "civilians": r"civilians?|children|child|women|worshipp?ers?|pilgrims?|passengers|tourists?|villagers?|residents|"
                 r"students|pupils|shoppers?|diners?|spectators|concertgoers|refugees?|migrants?|journalists?|patients?",
}
_VICTIMS_AT = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:" + "|".join(f"(?P<{name.replace(' ', '_')}>{words})" for name, words in VICTIMS.items()) + r")\b",
    re.IGNORECASE,
)  # pattern.match(text, end): the noun at most two words after the number
CUES = r"said|says|told|reported|reports|stated|affirmed|announced|confirmed|added|estimated|noted|declared|wrote"
MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
NOT_COUNTED = (
    r"hours?|minutes?|seconds?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|km|kilomet(?:re|er)s?|miles?|"
    r"met(?:re|er)s?|feet|tonnes?|tons?|kg|kilos?|kilograms?|litres?|liters?|percent|per\s+cent|%|roubles?|"
    r"rubles?|dollars?|euros?|pounds|o'clock|a\.m\.|p\.m\.|am|pm|times|thirds?|quarters?|fifths?|tenths?|halves|half|"
    r"cattle|sheep|livestock|deer|poultry|swine|geese|fish|head\s+of|"  # animals: "killed 35 cattle", "200 head of"
    r"mph|knots|kts|inch(?:es)?|yards?|acres?|degrees|millibars|mb|gallons?|mm|cm|ft|mi"  # storm reports' measures
)


# Every rule below reads a bounded stretch around one number, or is read once per sentence
# (:class:`_Sentence`), so that extraction takes time linear in the length of the text, whatever
# the text: a sentence of a thousand numbers is not read a thousand times.

# A hedge that ends where the spaces before a number begin; tried only on the few characters
# there (see _hedge_before), never on the whole sentence before the number. The longest first, and
# a group named after each (h0, h1, …: _HEDGE_NAMES), so that the hedge is known however it is
# written: "At Least", or "ſome" with a long s, which a match that ignores case accepts.
_HEDGE_NAMES = {f"h{index}": hedge for index, hedge in enumerate(HEDGES)}
_HEDGE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{re.escape(hedge)})" for name, hedge in
                        sorted(_HEDGE_NAMES.items(), key=lambda item: -len(item[1]))) + r")$",
    re.IGNORECASE,
)
_LONGEST_HEDGE = max(len(hedge) for hedge in HEDGES)
# A casualty word, one named group per category, tried in the order of CATEGORY_WORDS: the group
# that matches names the word's category ("wounded": injured). One pattern, not one per category.
_KEYWORD = re.compile("|".join(rf"(?P<{category}>(?:{words})$)" for category, words in CATEGORY_WORDS.items()),
                      re.IGNORECASE)
_ANY_KEYWORD = re.compile(r"\b(?:" + "|".join(CATEGORY_WORDS.values()) + r")\b", re.IGNORECASE)
# A paragraph without any of these has no figure (extract skips it): a casualty word, a survival
# ("none of them survived") or a wound received ("received cuts").
_ANY_HARM = re.compile(r"\b(?:" + "|".join(CATEGORY_WORDS.values()) + r"|surviv\w*|" + HURT_NOUNS + r")\b",
                       re.IGNORECASE)
_DEATH = re.compile(rf"\b(?:{CATEGORY_WORDS['killed']})\b", re.IGNORECASE)
_INJURY = re.compile(rf"\b(?:{CATEGORY_WORDS['injured']})\b", re.IGNORECASE)
# A noun for people at most two words on: matched where a number ends (pattern.match(text, end)).
_PEOPLE_AT = re.compile(rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{PEOPLE})\b", re.IGNORECASE)
_RANGE_UNIT_AFTER = re.compile(rf"\s*(?:to|-|–|or|and)\s*\d[\d,.]*(?:-|\s+)(?:{NOT_COUNTED})(?!\w)", re.IGNORECASE)
_UNIT_AFTER = re.compile(rf"^(?:-|\s+)(?:{NOT_COUNTED})(?!\w)|^\s*%", re.IGNORECASE)  # "p.m." ends in no word
_NOT_A_COUNT_BEFORE = re.compile(
    rf"""
    \b(?:{MONTHS})\.?\s+$                                  # a date: "March 22"
    | \b(?:aged?|age\ of)\s+$                              # an age
    | [$€£]\s*$ | [$€£]\s*\d[\d,.]*\s+$                     # money: "$40", and "million" in "$40 million"
    | \b(?:Route|Highway|Interstate|Road|No\.|[Nn]umber|[Rr]oom|[Ff]light|[Bb]us|[Pp]latform)\s+$  # a name that is a number
    | \b(?:Routes|Highways|Interstates|Roads|Hwy\.?|Rte\.?|US|U\.S\.|SR|FM)\s+$                 # "Hwy 64", "US 412"
    | \b(?:Routes?|Highways?|Hwy\.?|US|SR)\s+\d+\s+(?:and|or|&)\s+$                           # "Highways 115 and 284"
    """,
    re.VERBOSE,
)
# An address ("14 Mill Street") or a time of day ("3 in the morning") after the number.
_PLACE_OR_TIME_AFTER = re.compile(
    r"""^\s+(?:[A-Z][\w-]*\s+){1,2}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Square|Drive)\b
    | ^\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b""",
    re.VERBOSE,
)
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:(?:last|this|next|of)\s+)?(?:{MONTHS})\b")
_YEAR = re.compile(r"1\d{3}|2\d{3}")
# "Of the 25 people in the church, 10 were injured": a sentence that opens on the size of the
# group its count is taken from ("Of", capitalised: the sentence's first word).
_OF_THE_GROUP = re.compile(r"\bOf\s+(?:the\s+|those\s+|these\s+)?$")
# A casualty word at most two words after a number: "fifteen injuries", "25 people injured".
_CASUALTY_AT = re.compile(r"(?:\s+[\w-]+)?\s+(?:" + "|".join(CATEGORY_WORDS.values()) + r")\b", re.IGNORECASE)
_NOT_ONE = re.compile(r"\bno\s+$", re.IGNORECASE)
# "three people, one of whom died": one of a counted group, with a verb of its own, is a count
# (other "one of" are not: "one of the worst storms", "one of the victims was a teacher").
_ONE_OF_WHOM = re.compile(
    r"\s+of\s+(?:whom|them)\s+(?:(?:[a-z]+ly|later|also|then)\s+)*(?:was|were|had|has|died|perished|drowned|succumbed|did)\b",
    re.IGNORECASE,
)
# "none of the 40 passengers": the size of a group that a count of none is taken from
_GROUP_OF = re.compile(
    rf"\b(?:none|neither|\d[\d,]*|{'|'.join(UNITS)}|{'|'.join(TENS)})\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE
)  # "two of the five hostages": five is the group's size, two the count
# "144 people, including five children, were killed": the aside does not end the clause.
# Matched at the end of a number (no ^: pattern.match(text, end) anchors it there).
_ASIDE = re.compile(
    r"""
    ((?:\s+[\w-]+){0,2}?)       # group 1, kept: up to two words after the number ("people")
    \s*,\s*                     # the comma that opens the aside
    (?:including|among\ them|among\ whom|of\ whom|mostly|many\ of\ them)\b
    [^,;:()]*,                  # the rest of the aside, up to the comma that closes it
    """,
    re.VERBOSE,
)
_BOUNDARY = re.compile(r"[;:()\[\]]|,(?!\d{3})")
_WORD = re.compile(r"[\w'-]+")
_RUN = re.compile(r"\S+")  # a run of non-spaces: the revision rule reads words between spaces
# "rose from 28 to 31": the earlier figure of a revision, in the text right before a number.
# Tried only where _Sentence.revision_from says a "from" can open it, and anchored at both
# ends there (pattern.match(text, from, number)): searched from the start of the sentence for
# every number, the lazy group would read the same words again for each "from" and each number.
_REVISION = re.compile(
    r"""
    \bfrom\s+
    (?P<earlier>[\w,-]+(?:\s+[\w-]+)*?)   # the earlier figure: words, the first may have commas
    \s+to\s+$                             # then "to" right before the number
    """,
    re.IGNORECASE | re.VERBOSE,
)
_PLAIN_WORD = re.compile(r"[\w-]+")  # what a word of the earlier figure may be, after the first
_FIRST_WORD = re.compile(r"[\w,-]+")  # what its first word may be ("1,200")
_ENDS_WITH_FROM = re.compile(r"\bfrom$", re.IGNORECASE)
_TO = re.compile(r"to", re.IGNORECASE)
_ACCORDING = re.compile(r"\b(?:according to|as stated in|as reported by|cited by)\s+(?P<who>[^,;.:]+)", re.IGNORECASE)
# "claimed" reports speech, but not in "claimed over 140 lives" or "claimed responsibility"
_LEADING_CUE = re.compile(
    rf"\b(?:{CUES}|claimed(?!\s+(?:the lives|responsibility|over|more|at least|\d)))\b(?!\s+by\b)"
)
# "the two ministers": a plural noun right after the number that names no people counts something else.
# Matched at the end of a number (no ^: pattern.match(text, end) anchors it there).
_THINGS_AFTER = re.compile(
    rf"""
    \s+
    (?:(?!(?:{PEOPLE}|{'|'.join(CATEGORY_WORDS.values())}|were|was|are|is|has|have|had|as|of|in|at|on|to|by|from|
        with|for|and|or|this|its|their|them|who|which|that)\b)
      [a-z]+\s+)?                                                                 # a word before it: "chicken houses"
    (?!(?:{PEOPLE}|{'|'.join(CATEGORY_WORDS.values())}|was|has|is|as|this|its)\b)   # not people, no casualty word
    [a-z]+(?<!ou)(?<!s)s\b                                                        # a plural noun ("serious" is none)
    """,
    re.VERBOSE,
)
# An agent noun in "-ers", made from a verb of doing ("snowboarders", "snowmobilers"), names people
# who did something, though PEOPLE does not list it. It counts people only where a verb of harm is
# the number's own: right after the noun ("Two snowmobilers died") or right before the number
# ("killing two of the snowmobilers"). Livestock written so are not people. Matched at a number's end.
_AGENT_NOUN = re.compile(
    r"""\s+(?:of\s+(?:the|those)\s+)?                  # "two of the snowmobilers"
    (?!(?:heifers|steers|others)\b)[a-z]+[a-z]ers\b    # "-ers", but cattle are no agents
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Where the people of an agent noun come from, between the noun and its verb: "from Iowa", "of the Sark club".
_ORIGIN_AFTER = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:\s+club)?")
# ", officials said." or ", said the ministry." closing a sentence. No part after the opening comma
# may hold a comma, and $ is the sentence's end: it can only start at the sentence's last comma,
# and is tried there, once per sentence (_Sentence.trailing).
_TRAILING = re.compile(
    rf"""
    ,\s*
    (?: (?P<who>[^,;“”"]{{1,60}}?) \s+ (?:{CUES})    # ", officials said"
      | (?:{CUES}) \s+ (?P<after>[^,;.“”"]{{1,60}})   # ", said the ministry"
    )
    (?:\s+(?:on|in|at|last|this)\s+\w+)*             # " on Sunday", " last week"
    \s*[.!?]?[”"]?\s*$                               # and nothing else to the sentence's end
    """,
    re.VERBOSE,
)
# The verb of a number's people: "25 personnel belonging to the unit (BGU) were killed", "Nine
# people, including five assailants and four soldiers were killed". Searched in the stretch
# after the number's noun phrase, at most _PREDICATE_REACH characters and up to a ; or : .
# Verbs of being brought somewhere, which say nothing of harm until the place is named: "were sent
# to the hospital", "was airlifted to a burn center".
CONVEYED = r"taken|sent|transported|transferred|rushed|airlifted|flown|brought|carried|admitted"
_PREDICATE = re.compile(
    rf"""
    \b(?:were|was|are|is|been|had|have|has|remain(?:s|ed)?|suffered|sustained|received  # the verb: "were killed", "had burns"
    |and(?!\s+(?:were|was|are|is|been|had|have|has|suffered|sustained|received     # "were blown into a field and killed";
        |died|perished|drowned|succumbed|lost|did|didn't|could|failed)\b)             # "and lost their lives" is read below
    |(?P<died>died|perished|drowned|succumbed|lost\s+(?:their|his|her)\s+li(?:ves|fe)   # or a verb that says it all
      |(?:did\s+not|didn't|could\s+not|failed\s+to)\s+survive))\b               # "did not survive": a survival denied
    (?:\s+(?:[a-z]+ly|all|also|still|later|been|confirmed|feared|minor|serious|severe|critical|life-threatening|
    multiple|and|treated|for|with|to|the|an?|local|area|nearby|presumed       # "severely", "treated for minor", "presumed dead"
    |found|{CONVEYED})\b)*                                                    # "found", "sent to the hospital"
    (?:\s+(?P<word>[\w-]+)(?P<to_death>\s+to\s+death\b)?)?                    # the word it says them to be: "frozen to death"
    """,
    re.IGNORECASE | re.VERBOSE,
)
_PREDICATE_REACH = 160
_SPACES = re.compile(r"\s*")
_AND_THEN = re.compile(r"and\s+", re.IGNORECASE)
_PARTICLE = re.compile(r"\s+(?:away|off|out|up|down|over|under|inside|together)\b", re.IGNORECASE)  # of a phrasal verb
_HURT_NOUN = re.compile(HURT_NOUNS, re.IGNORECASE)  # "received cuts" (see HURT_NOUNS)
# Where the number's clause ends for its verb: a semicolon or colon, or a new subject for a part
# of the group: "2 people were struck, one of whom died", "were struck and one died".
_CLAUSE_END = re.compile(
    r"""[;:]
    | ,\s*(?:[\w-]+\s+){1,2}?of\s+(?:whom|them|which)\b
    | \b(?:and|but|while)\s+(?:one|another|the\s+others?|none)(?:\s+of\s+them)?
      \s+(?:was|were|is|are|had|has|died|later|also|then)\b
    | \b(?:and|but|while)\s+(?:no\s+one|nobody|none|neither)\b     # "in the home, but no one was injured" """,
    re.IGNORECASE | re.VERBOSE,
)
# A count of none: "no one was killed", "nobody was hurt", "no casualties", "no injuries were
# reported". That is information, not silence: the figure is 0.
_ZERO = re.compile(
    r"""
    \b(?:no\s+one|nobody|none)\b                        # "no one", "nobody", "none (of them)"
    | \bno\b(?=\s+(?:[a-z]+\s+)?(?:casualt|deaths?\b|fatalit|injur|victims?\b))  # "no (serious) injuries"
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A range: "between 30 and 35", "30 to 35", "30 – 35". What stands between the two numbers,
# and the "between" that must open a range joined by "and".
_RANGE_JOIN = re.compile(r"\s*[–—]\s*|\s+-\s+|\s+(?P<word>to|and)\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_HYPHEN_RANGE = re.compile(r"-(?P<high>\d{1,6})(?![\w-])")  # "30-35 people": digits joined by a hyphen
_ENDS_WITH_TO = re.compile(r"\bto\s+$", re.IGNORECASE)
# "rose from 28 to 31" is a revision, not a range: a verb of change before "from".
_CHANGE_FROM = re.compile(
    r"""\b(?:rose|risen|rising|rises|climbed|climbing|increased|grew|jumped|went\s+up|fell|dropped|
    revised|raised|lowered|up|down)\s+(?:[\w,]+\s+){0,3}?from\s+$""",
    re.IGNORECASE | re.VERBOSE,
)
# "rose to 18 from 11" and "20, down from 26": the earlier figure after the later one.
_FROM_AFTER = re.compile(r"(?:,?\s+(?P<change>up|down))?\s+from\s+(?=\S)", re.IGNORECASE)
# A tally the sentence keeps ("the death toll", "the number of people confirmed dead") and the
# words that tie a number to it, however far: "rose to 18 from 11", "stands at 15", "previously
# 12", "revised … down to 85 from an earlier 120".
_TALLY = re.compile(
    r"""\b(?:(?P<toll>toll)
    | number\s+of\s+(?:[\w-]+\s+){0,3}?(?P<word>dead|deaths|killed|injured|wounded|hurt|missing|casualties|victims))\b""",
    re.IGNORECASE | re.VERBOSE,
)
_TIED = re.compile(r"\b(?:to|from|at|previously|earlier|initially)\s+(?:an?\s+(?:earlier|previous|initial)\s+)?$", re.IGNORECASE)
# "Four were injured in Varn, and two in Lisk": a count after "and" whose clause has no verb
# (none of _VERB's words) shares the verb of the clause before (_borrowed, _gapped).
_GAP_BEFORE = re.compile(r"(?:,\s*|\s)(?:and|plus)\s+(?:another\s+|an?\s+(?:further|additional)\s+)?$", re.IGNORECASE)
_GAP_AFTER = re.compile(r"\s+(?:in|at|on|near|from|more|others?)\b", re.IGNORECASE)
_VERB = re.compile(r"(?i:were|was|are|is|be|been|had|have|has|did|do|does|may|might|could|would|will|can|\w+ed)")
# A number that belongs to a count named before it in the sentence, across commas: "40 were
# injured, six of them seriously", "The injured, 27 in all,", "37 deaths, not the 50 the
# ministry cites", "injured, 2 critically", "7 deaths, with 3 directly attributed to the storm"
# (the part a cause is given for). It takes the category of the casualty word last named before it.
_PART_AFTER = re.compile(
    r"""\s+(?:of\s+(?:them|whom|those)|in\s+all|in\s+total|altogether
    |(?:critically|seriously|severely|gravely|badly|slightly)(?!\s+(?:ill|damaged))   # "injured, 2 critically"
    |(?:[a-z]+ly\s+)?(?:attributed|attributable|blamed|due|related)\s+(?:to|on))\b  # "3 directly attributed to"
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "not the 50 the ministry cites"; "were injured, including 7 at the school": set against the
# count, or a part of it.
_COMPARED_BEFORE = re.compile(r"\b(?:not\s+(?:the\s+)?|including\s+)$", re.IGNORECASE)
_LOOK_BACK = 120  # characters: how far back the casualty word of such a count may be
# A sentence that opens on the whole ("Of the 212 injuries reported, 5 occurred in Lund County"):
# the number right after its comma is a part of that count. Matched from the sentence's start up
# to the number (fullmatch), so it is tried once per number on at most _LOOK_BACK characters.
_OPENING_WHOLE = re.compile(r"Of\s+(?:the|those|these|all)\s+[^,;:]{1,100},\s+", re.IGNORECASE)
# "Three of the injured later died": a part of a group, and what happened to it.
_PARTITIVE = re.compile(r"\s+of\s+(?:the|those|them)\b", re.IGNORECASE)
# "… trapping two men in the debris. Both were injured.": a sentence that opens on words for the
# whole group its predecessor counted, then a casualty verb ("all of them had died", "they were
# hospitalized", "both were injured"). The count of people in the sentence before takes the
# verb's category. A subject with a number of its own ("All four were killed") is left to that
# number. Matched at a sentence's start (pattern.match(text)).
_WHOLE_GROUP = re.compile(
    r"""
    \s*(?P<subject>
        (?P<bodies>their\s+bodies(?=\s+(?:were|have|had)\b))          # "their bodies were found": they died
      | (?P<none>(?:none|neither)(?:\s+of\s+(?:them|those|these|whom))?|no\s+one|nobody)  # "none of them survived"
      | (?:all|both|each|every\s+one)\s+of\s+(?:them|those|these|whom)  # "all of them", "both of whom"
      | they(?:\s+(?:all|both))?                                     # "they", "they all"
      | all | both                                                  # "all were", "both died"
    )
    (?:\s+(?:also|later|all|both|then))*                           # "they all drowned"
    \s+(?=\S)
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A survival denied to the whole group: "none of them survived" says they all died (a quantifier
# of none with a verb of surviving). Matched after the subject (pattern.match(text, end)).
_SURVIVED = re.compile(
    r"(?:of\s+(?:the|its|their)(?:\s+[\w-]+){1,2}?\s+)?(?:[a-z]+ly\s+)?(?:survived|made\s+it\s+out\s+alive)\b",
    re.IGNORECASE,
)  # "survived", "of the occupants survived", "miraculously survived"
# The group's own clause goes on after the number: "; all were injured", ", all of whom died",
# ", and none survived". Searched in the stretch after the number (at most _PREDICATE_REACH).
_GROUP_CLAUSE = re.compile(
    r"""
    ;                                                                        # a semicolon
    | ,\s*(?=(?:all|both|none|neither|each)\s+of\s+whom\b)                  # a relative clause on the group
    | ,?\s+and\s+(?=(?:all|both|none|neither|nobody|no\s+one|they)\b)      # "and none survived"
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "none of the five survived": the size of a group that a denied survival counts as dead.
_NONE_OF_BEFORE = re.compile(r"\b(?:none|neither)\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_SURVIVED_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?(?:\s+[a-z]+ly)?\s+survived\b", re.IGNORECASE)
# "struck a group of 12 soldiers, injuring all of them": a participle later in the clause whose
# object is the whole group. Matched at the end of a number (pattern.match(text, end)).
_WHOLE_GROUP_OBJECT = re.compile(
    r"""
    [^.;:!?]{0,80}?,\s*                                                 # the rest of the noun phrase, a comma
    (?P<verb>killing|injuring|wounding|hurting|drowning)\s+            # a casualty participle
    (?:them(?:\s+all)?|all\s+of\s+them|all|both(?:\s+of\s+them)?|each\s+of\s+them|everyone)\b  # the whole group
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "more than 15 remain there": a verb of staying with "there", which points back to the place
# the sentence or the one before named: a hospital makes the count one of the injured.
_STAYS_THERE = re.compile(
    r"\s+(?:(?:still|now)\s+)?(?:remain(?:s|ed)?|stay(?:s|ed)?|(?:are|is|were|was)\s+still)\s+(?:there|in\s+it)\b",
    re.IGNORECASE,
)
# "injured and then perished": a harm, then death, for the same people (_died_later).
_LATER_DEATH = re.compile(
    r"""
    \b(?:injur(?:ed|ies)|hurt|wounded|burned|struck|trapped|hospitali[sz]ed)\b  # harmed first
    [^.;:]{0,60}?                                              # where and how
    \s(?:and|but)\s+(?:(?:then|later|subsequently|eventually)\s+)?  # then, with no subject of its own
    (?:died|perished|succumbed|passed\s+away)\b                # death
    """,
    re.IGNORECASE | re.VERBOSE,
)
# A sentence whose subject is the harm itself: "The fatalities occurred when …", "The injuries
# were to two men …". A count of people later in it is of that harm (_harm_subject).
_HARM_SUBJECT = re.compile(
    r"\s*(?:The|These|Those|Both|All|Most)\s+(?:[\w-]+\s+)?(?P<word>fatalit(?:y|ies)|deaths|injuries)\b(?!\s+of\b)"
)
_HOSPITAL = re.compile(r"\bhospitals?\b|\bhospitali[sz]ed\b", re.IGNORECASE)
# Two people named one by one and joined by "and", then one verb for both: "A man and his son
# were killed", "the driver and a passenger were hurt". A reader counts two: a figure of 2,
# ``derived`` (the text states no number). Found from the "and" (_PAIR_JOIN), then the person
# before it (_FIRST_PERSON, in a bounded window) and the one after (_SECOND_PERSON).
ONE_PERSON = (r"man|woman|boy|girl|child|son|daughter|husband|wife|mother|father|brother|sister|"
              r"grand(?:mother|father|son|daughter)|aunt|uncle|nephew|niece|cousin|friend|neighbou?r|companion|"
              r"relative|spouse|fianc[eé]e?|girlfriend|boyfriend|driver|passenger|teenager|teen|infant|baby|"
              r"toddler|motorist|worker|co-?worker|employee|resident|farmer|fisherman|hiker|camper|pilot|officer|"
              r"firefighter|student|homeowner|occupant|person")
_PERSON_WORDS = r"(?:(?!(?:of|and|or|with|an?|the)\s)[\w-]+\s+){0,4}?"  # "43 year old", not "son of a"
_PAIR_JOIN = re.compile(r"\s+and\s+(?=(?:an?|the|his|her|their|another)\s)", re.IGNORECASE)
_FIRST_PERSON = re.compile(
    rf"""(?:^|(?<=\s))(?P<first>(?:an?|the|his|her|their|one)\s+   # "A", "his", "the"
    {_PERSON_WORDS}                                                # words before the noun
    (?:{ONE_PERSON}))$                                             # "woman", right before the "and"
    """,
    re.IGNORECASE | re.VERBOSE,
)
_SECOND_PERSON = re.compile(
    rf"(?:an?|the|his|her|their|another)\s+{_PERSON_WORDS}(?:{ONE_PERSON})\b(?P<gap>\s+)",
    re.IGNORECASE,
)
_PAIR_WINDOW = 60  # characters before the "and" where the first person may start
BEFORE, AFTER = 6, 6


@dataclass(frozen=True)
class Figure:
    """A casualty figure; ``start``/``end`` index the article's body, ``text`` is as written.

    ``revised_from`` is the earlier figure of a revision ("rose from 28 to 31" gives 31 with
    ``revised_from=28``, and 28 as a figure of its own). ``victims`` says whom the figure counts
    when the noun after the number says it (:data:`VICTIMS`): "perpetrators" for "38 assailants",
    "security forces" for "four soldiers", "civilians" for "20 worshippers", else None.
    ``derived`` marks a total that the text does not state but a reader adds up from its parts
    (:func:`derived_totals`), or counts from two people named one by one ("a man and his son were
    killed": 2). None of these three is one of the row's fields.
    """

    article: str
    text: str
    value: int | None
    low: int | None
    high: int | None
    hedge: str | None
    category: str
    source: str | None
    start: int
    end: int
    revised_from: int | None = None
    victims: str | None = None
    derived: bool = False

    def as_row(self) -> FigureRow:
        """The figure as a row, the same shape as a row of ``annotations/figures.csv``."""
        return FigureRow(**{f.name: getattr(self, f.name) for f in fields(self) if f.name not in _NOT_IN_ROW})


_NOT_IN_ROW = ("revised_from", "victims", "derived")
# What may join two parts of one total: "three police officers and seven assailants",
# "four soldiers, two police officers and". At most three words of the first part's noun.
_PARTS_JOINED = re.compile(r"(?:\s+[\w-]+){0,3}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def extract_text(text: str) -> list[Figure]:
    """The casualty figures of any text, such as a sentence a student writes (article id "text")."""
    return extract(Article("text", "", date.min, text, Path("text"), 1))


def extract_story(story: Story) -> list[Figure]:
    """Every casualty figure of every article of ``story``."""
    return [figure for article in story.articles for figure in extract(article)]


def derived_totals(figures: list[Figure], body: str) -> list[Figure]:
    """The totals a reader adds up from exact parts that one verb counts together: "Three police
    officers and seven assailants were killed" gives 10 killed, ``derived=True``, its text the
    stretch of the parts. ``figures`` are one article's, in order; ``body`` is its text."""
    totals, run, starts = [], [], [f.start for f in figures]
    for figure in [*figures, None]:
        exact = figure is not None and figure.value is not None and figure.low == figure.high
        if exact and run and figure.category == run[-1].category and _PARTS_JOINED.fullmatch(body, run[-1].end, figure.start):
            run.append(figure)
            continue
        if len(run) > 1 and not _stated_before(figures, starts, run):
            first, last = run[0], run[-1]
            value = sum(part.value for part in run)
            totals.append(Figure(first.article, body[first.start : last.end], value, value, value, None, first.category,
                                 first.source, first.start, last.end, derived=True))
        run = [figure] if exact else []
    return totals


def _stated_before(figures: list[Figure], starts: list[int], run: list[Figure]) -> bool:
    """Whether the text states the parts' total just before them ("Nine people, including five
    assailants and four soldiers"): a figure of that value and category at most 200 characters
    back (found by bisection among ``starts``, the figures' starts)."""
    value, first = sum(part.value for part in run), run[0]
    near = figures[bisect_left(starts, first.start - 200) : bisect_left(starts, first.start)]
    return any(f.value == value and f.category == first.category for f in near)


def extract(article: Article) -> list[Figure]:
    """Every casualty figure in ``article``, in order of position."""
    found = []
    for paragraph in article.paragraphs:
        text = paragraph.text
        if not _ANY_HARM.search(text):  # no casualty word, no figure: the numbers need not be read
            continue
        candidates = [m for m in NUMBER.finditer(text) if _counted(text, m)]
        candidates = sorted(candidates + list(_ZERO.finditer(text)), key=lambda m: m.start())
        pairs = _pairs(text)
        if not candidates and not pairs:  # splitting sentences is the slow part
            continue
        spans = sentences(text)
        starts = [span.start for span in spans]
        read: dict[int, _Sentence] = {}  # each sentence is read once, however many numbers it has
        here = []
        for first, second in pairs:
            index = bisect_right(starts, first) - 1
            if 0 <= index and second <= spans[index].end:
                figure = _pair_figure(article.id, paragraph.start, _read(read, spans, index), first, second)
                here.extend([figure] if figure else [])
        uppers = _range_ends(text, candidates)
        for index_, match in enumerate(candidates):
            if index_ in uppers.values():
                continue  # the second number of a range: read with the first
            index = bisect_right(starts, match.start()) - 1  # the sentence the number is in
            if index < 0 or match.start() >= spans[index].end:
                continue
            sentence = _read(read, spans, index)
            upper = candidates[uppers[index_]] if index_ in uppers else None
            figure = _figure(article.id, paragraph.start, sentence, match, upper)
            if figure is None:
                following = _read(read, spans, index + 1) if index + 1 < len(spans) else None
                category = _whole_group_category(sentence, match, following)
                figure = category and _figure(article.id, paragraph.start, sentence, match, upper, category)
            if figure:
                here.append(figure)
        found.extend(sorted(here, key=lambda figure: figure.start))
    return found


def _pairs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each two people named one by one and joined by "and" in ``text`` ("A man
    and his son"), the end where the spaces before the verb begin."""
    found = []
    for join in _PAIR_JOIN.finditer(text):
        first = _FIRST_PERSON.search(text, max(0, join.start() - _PAIR_WINDOW), join.start())
        second = first and _SECOND_PERSON.match(text, join.end())
        if second:
            found.append((first.start("first"), second.start("gap")))
    return found


def _pair_figure(article_id: str, offset: int, sentence: _Sentence, start: int, end: int) -> Figure | None:
    """A derived figure of 2 for the two people at ``start:end`` of the paragraph when the verb
    right after them names a harm ("A man and his son were killed"); else None."""
    text, begin, stop = sentence.text, start - sentence.start, end - sentence.start
    gap = stop
    while gap < len(text) and text[gap].isspace():
        gap += 1
    verb = _PREDICATE.match(text, gap)
    category = _verb_category(sentence, verb) if verb else None
    if category is None:
        return None
    return Figure(article_id, text[begin:stop], 2, 2, 2, None, category, _source(sentence, begin),
                  offset + start, offset + end, derived=True)


def _read(read: dict[int, _Sentence], spans: list[Span], index: int) -> _Sentence:
    """Sentence ``index`` of ``spans``, read once (kept in ``read``), with the sentence before it."""
    if index not in read:
        read[index] = _Sentence(spans[index], spans[index - 1].text if index else "")
    return read[index]


def _whole_group_category(sentence: _Sentence, match: re.Match, following: _Sentence | None) -> str | None:
    """The category that the next clause gives the whole group that ``match`` counts, or None:
    a participle of the same clause with the whole group as object ("12 soldiers, injuring all of
    them"), a clause of the same sentence on the group ("struck 4 people; all were injured", "three
    people, all of whom died", "and none survived"), else the next sentence ("trapping two men in
    the debris. Both were injured."; "None of them survived."). The number must count people (or
    be the group of "none of the five survived"), and "both" only a group of two."""
    end = match.end() - sentence.start
    if match.re is _ZERO:
        return None
    if _none_survived(sentence.text, match.start() - sentence.start, end):
        return "killed"  # "none of the five survived"
    if not _PEOPLE_AT.match(sentence.text, end):
        return None
    participle = _WHOLE_GROUP_OBJECT.match(sentence.text, end)
    if participle:
        return _keyword(participle.group("verb"), sentence)
    opened = _GROUP_CLAUSE.search(sentence.text, end, end + _PREDICATE_REACH)
    if opened:
        clause, after = sentence, opened.end()
    elif following is not None:
        clause, after = following, 0
    else:
        return None
    subject = _WHOLE_GROUP.match(clause.text, after)
    if subject is None or (subject.group("subject").lower().startswith("both") and number_value(match.group())[0] != 2):
        return None
    if subject.group("bodies"):
        return "killed"
    if subject.group("none"):  # "none of them survived": all died; "none were hurt" says nothing of the group
        return "killed" if _SURVIVED.match(clause.text, subject.end()) else None
    verb = _PREDICATE.match(clause.text, subject.end())
    return _verb_category(clause, verb) if verb else None


class _Sentence:
    """One sentence, and what the rules read from the whole of it: its clause boundaries and
    words, whom it credits, where a "from" opens a revision. Each is read once, when a number
    first asks, and kept for the sentence's other numbers: read again for each number, a
    sentence of n numbers would cost n times its length.
    """

    def __init__(self, span: Span, before: str = ""):
        self.start = span.start
        self.text = span.text
        self.before = before  # the sentence before, in the same paragraph, or ""

    @cached_property
    def first_hospital(self) -> int | None:
        """Where a hospital is first named: in the sentence before (-1), in this one, or None."""
        if _HOSPITAL.search(self.before):
            return -1
        named = _HOSPITAL.search(self.text)
        return named.start() if named else None

    @cached_property
    def boundaries(self) -> list[int]:
        """Where each clause boundary is (a comma, a semicolon, a bracket …), in order."""
        return [m.start() for m in _BOUNDARY.finditer(self.text)]

    @cached_property
    def words(self) -> list[tuple[int, int]]:
        """(start, end) of each word, in order."""
        return [m.span() for m in _WORD.finditer(self.text)]

    @cached_property
    def word_starts(self) -> list[int]:
        """Where each word starts, for bisection."""
        return [start for start, _ in self.words]

    @cached_property
    def victims(self) -> str:
        """"Victims" are the dead or the injured as the rest of the sentence says, else "other"."""
        if _DEATH.search(self.text):
            return "killed"
        return "injured" if _INJURY.search(self.text) else "other"

    @cached_property
    def harm_subject(self) -> re.Match | None:
        """The harm the sentence opens on as its subject ("The fatalities occurred …"), or None."""
        return _HARM_SUBJECT.match(self.text)

    @cached_property
    def tally(self) -> re.Match | None:
        """The first tally the sentence names: "the death toll", "the number of injured"."""
        return _TALLY.search(self.text)

    @cached_property
    def according(self) -> re.Match | None:
        """The sentence's first "according to X"."""
        return _ACCORDING.search(self.text)

    @cached_property
    def leading(self) -> re.Match | None:
        """The sentence's first reporting verb ("said", "announced" …)."""
        return _LEADING_CUE.search(self.text)

    @cached_property
    def leading_subject(self) -> str:
        """Who does the first reporting verb: "The Investigative Committee said …"."""
        return reporter_words(self.text, self.leading.start()) if self.leading else ""

    @cached_property
    def trailing(self) -> re.Match | None:
        """The closing ", X said." of the sentence; it can only start at the last comma."""
        comma = self.text.rfind(",")
        return _TRAILING.match(self.text, comma) if comma >= 0 else None

    @cached_property
    def runs(self) -> list[tuple[int, int]]:
        """(start, end) of each run of non-spaces, in order."""
        return [m.span() for m in _RUN.finditer(self.text)]

    @cached_property
    def run_ends(self) -> list[int]:
        """Where each run of non-spaces ends, for bisection."""
        return [end for _, end in self.runs]

    @cached_property
    def revision_from(self) -> list[tuple[int, bool] | None]:
        """For each run of non-spaces, where the earliest "from" starts whose earlier figure
        ("from 28", "from 1,200") can end with that run, and whether "to" is one of its words;
        None where no "from" can.

        The earlier figure is runs of word characters or hyphens (the first may hold commas)
        after a run that ends in "from": a "from" that opens it carries on for as long as the
        runs after it stay such words, so one pass over the sentence finds them all.
        """
        text, found = self.text, []
        for index, (start, end) in enumerate(self.runs):
            going_on = found[-1] if found else None
            word_from = _ENDS_WITH_FROM.search(text, *self.runs[index - 1]) if index else None
            if going_on is not None and _PLAIN_WORD.fullmatch(text, start, end):
                opened, has_to = going_on  # the earlier figure goes on
            elif word_from and _FIRST_WORD.fullmatch(text, start, end):
                opened, has_to = word_from.start(), False  # the run before ends in "from": one opens here
            else:
                found.append(None)
                continue
            found.append((opened, has_to or _TO.fullmatch(text, start, end) is not None))
        return found

    def revised_from(self, begin: int) -> int | None:
        """The earlier figure of a revision right before ``begin`` ("from 28 to 31": 28)."""
        if not begin or not self.text[begin - 1].isspace():
            return None
        index = bisect_right(self.run_ends, begin) - 1  # the run before the spaces: "to"?
        if index < 1 or not _TO.fullmatch(self.text, *self.runs[index]):
            return None
        opened = self.revision_from[index - 1]
        if opened is None or opened[1]:  # no "from", or a "to" among the words: not a number
            return None
        match = _REVISION.match(self.text, opened[0], begin)
        number = NUMBER.fullmatch(match.group("earlier")) if match else None
        return number_value(number.group())[0] if number else None


def _range_ends(text: str, candidates: list[re.Match]) -> dict[int, int]:
    """For each number that opens a range ("between 30 and 35", "30 to 35"), the index of the
    number that closes it. "from 28 to 31" after a verb of change is a revision, not a range."""
    ends = {}
    for i in range(len(candidates) - 1):
        first, second = candidates[i], candidates[i + 1]
        if first.re is _ZERO or second.re is _ZERO or i in ends.values():
            continue
        join = _RANGE_JOIN.fullmatch(text, first.end(), second.start())
        if join is None:
            continue
        before = text[max(0, first.start() - 40) : first.start()]
        word = (join.group("word") or "").lower()
        if word == "and" and not _BETWEEN.search(before):
            continue  # "3 killed and 17 injured": two figures
        if (word == "to" and _CHANGE_FROM.search(before)) or _ENDS_WITH_TO.search(before):
            continue  # "rose from 28 to 31": a revision; "from 28 to 31 to 40": 31 ends one
        ends[i] = i + 1
    return ends


def _none_survived(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is the group of a survival denied to all of it:
    "none of the five survived" counts the five as dead."""
    return bool(_NONE_OF_BEFORE.search(text, max(0, start - 20), start)) and _SURVIVED_AFTER.match(text, end) is not None


def _counted(body: str, match: re.Match) -> bool:
    """False for numbers that are not counts of people: dates, years, ages, units, "one of"."""
    before, after = body[max(0, match.start() - 20) : match.start()], body[match.end() : match.end() + 30]
    text = match.group().lower()
    if text[:1] == "0" and len(text) > 1:
        return False  # "0800 555 0192": a phone number or a code, not a count
    if _PLACE_OR_TIME_AFTER.match(after):
        return False
    if _RANGE_UNIT_AFTER.match(after):
        return False  # "blown 75 to 150 feet": the unit after the range's second number is the first's too
    if _GROUP_OF.search(before) and not (_none_survived(body, match.start(), match.end()) or _CASUALTY_AT.match(after)):
        return False  # "two of the five hostages"; but "none of the five survived" and "two of the five injuries" count
    if _UNIT_AFTER.match(after) or _NOT_A_COUNT_BEFORE.search(before) or _DATE_AFTER.match(after):
        return False
    if _OF_THE_GROUP.search(before) and not _CASUALTY_AT.match(after):
        return False  # "Of the 25 people in the church, 10 …"; but "Of the fifteen injuries, most …" is a count
    if _YEAR.fullmatch(text) and not _PEOPLE_AT.match(after):
        return False
    if text == "one" and _ONE_OF_WHOM.match(after):
        return True  # "three people, one of whom died"
    return not (text == "one" and (_NOT_ONE.search(before) or after.lstrip().startswith("of ")))


def _figure(article_id: str, offset: int, sentence: _Sentence, match: re.Match, upper: re.Match | None = None,
            linked: str | None = None) -> Figure | None:
    """The figure that ``match`` gives in ``sentence`` (offsets in a paragraph that starts at
    ``offset`` in the body), or None when no casualty word goes with it; with ``upper``, the
    range from ``match`` to ``upper`` ("between 30 and 35"); with ``linked``, the category that
    the next clause or sentence gives the number's people (:func:`_whole_group_category`)."""
    text = sentence.text
    start, end = match.start() - sentence.start, (upper or match).end() - sentence.start
    hyphen = None if upper or not match.group()[:1].isdigit() else _HYPHEN_RANGE.match(text, end)
    if hyphen:
        upper, end = hyphen, hyphen.end()  # the range's second number, as written after the hyphen
    between = _BETWEEN.search(text, max(0, start - 12), start) if upper else None
    hedge = None if upper else _hedge_before(text, start)
    begin = between.start() if between else hedge.start() if hedge else start
    things = match.re is not _ZERO and _things_after(sentence, begin, end)  # "no serious injuries" counts no things
    category = None if things else linked or _category(sentence, begin, end)
    if category is None:
        return None
    if upper is not None:
        low, high = number_value(match.group())[0], int(upper.group("high")) if hyphen else number_value(upper.group())[0]
        return Figure(article_id, text[begin:end], None, low, high, RANGE, category, _source(sentence, begin),
                      offset + sentence.start + begin, offset + sentence.start + end)
    value, low = (0, 0) if match.re is _ZERO else number_value(match.group())
    hedge_word = _HEDGE_NAMES[hedge.lastgroup] if hedge else None
    high = None
    if value is not None:
        low, high = interval(value, hedge_word)
    return Figure(
        article_id, text[begin:end], value, low, high, hedge_word, category, _source(sentence, begin),
        offset + sentence.start + begin, offset + match.end(), sentence.revised_from(begin) or _earlier_after(text, begin, end),
        _victims(text, end),
    )


def _things_after(sentence: _Sentence, begin: int, end: int) -> bool:
    """Whether the number at ``begin:end`` counts things, by the plural noun after it ("the two
    ministers", "three homes"); an agent noun whose own verb is one of harm counts people."""
    return bool(_THINGS_AFTER.match(sentence.text, end)) and _agents_harmed(sentence, begin, end) is None


def _agents_harmed(sentence: _Sentence, begin: int, end: int) -> str | None:
    """For a number before an agent noun (:data:`_AGENT_NOUN`), the category of the harm that is
    its own: the verb right after the noun ("Two climbers from Osk died") or the verb right before
    the number ("killing two of the snowmobilers"); None otherwise."""
    agent = _AGENT_NOUN.match(sentence.text, end)
    if agent is None:
        return None
    before = _words_before(sentence, begin, 1)
    category = _keyword(before[0], sentence) if before else None
    if category in ("killed", "injured"):
        return category
    origin = _ORIGIN_AFTER.match(sentence.text, agent.end())
    return _own_verb(sentence, origin.end() if origin else agent.end())


def _own_verb(sentence: _Sentence, end: int) -> str | None:
    """The category of the verbs right at ``end``, read one after the other while they follow on
    ("died", "were buried and killed", "were swept away and drowned"), or None: a verb further
    on belongs to another clause ("said nobody was killed")."""
    text = sentence.text
    verb = _verb_at(text, end)
    while verb and verb.end() <= end + _PREDICATE_REACH:
        category = _verb_category(sentence, verb)
        if category:
            return category
        particle = _PARTICLE.match(text, verb.end())  # "were swept away and drowned"
        verb = _verb_at(text, particle.end() if particle else verb.end())
    return None


def _verb_at(text: str, position: int) -> re.Match | None:
    """The match of :data:`_PREDICATE` right at ``position`` (after spaces), or after an "and" there
    when the verb after it says it all ("and drowned")."""
    position = _SPACES.match(text, position).end()
    verb = _PREDICATE.match(text, position)
    joined = None if verb else _AND_THEN.match(text, position)
    return verb or (_PREDICATE.match(text, joined.end()) if joined else None)


def _victims(text: str, end: int) -> str | None:
    """Whom the number ending at ``end`` counts, as the noun after it says (see :data:`VICTIMS`)."""
    noun = _VICTIMS_AT.match(text, end)
    return noun.lastgroup.replace("_", " ") if noun else None


def _earlier_after(text: str, begin: int, end: int) -> int | None:
    """The earlier figure of a revision written after the later one: "rose to 18 from 11",
    "20, down from 26" (not "20 from the city", which is no number)."""
    after = _FROM_AFTER.match(text, end)
    if after is None or not (after.group("change") or _ENDS_WITH_TO.search(text, max(0, begin - 4), begin)):
        return None
    number = NUMBER.match(text, after.end())
    return number_value(number.group())[0] if number else None


def _hedge_before(text: str, start: int) -> re.Match | None:
    """The hedge in front of the number at ``start`` ("at least 144"): a hedge, spaces, the number.

    Read backwards over the spaces, then only as many characters as the longest hedge has.
    """
    gap = start
    while gap and text[gap - 1].isspace():
        gap -= 1
    if gap == start:
        return None
    return _HEDGE.search(text, max(0, gap - _LONGEST_HEDGE), gap)


def _category(sentence: _Sentence, begin: int, end: int) -> str | None:
    """The category of the nearest casualty word in the number's clause, or None if there is none
    (the number then counts something else: "the two ministers").

    In a list of coordinated clauses ("three were killed and 17 were injured"), a word of the
    clause before "and" goes with that clause's own number: it is used only when the number's
    own words name no category ("killed a woman and 17 others")."""
    before_words, after_words = _words_before(sentence, begin, 2 * BEFORE), _words_after(sentence.text, end)
    joined = next((i for i, word in enumerate(before_words) if word.lower() in _COORDINATORS), len(before_words))
    own, earlier = before_words[: min(joined, BEFORE)], before_words[joined + 1 :]  # "killed five children … and two drivers"
    partitive = _PARTITIVE.match(sentence.text, end)
    if partitive and _things_after(sentence, begin, partitive.end()):
        return None  # "Ten of the homes were damaged": a part of things
    if partitive:  # "three of the injured later died": what happened wins
        return (_predicate(sentence, end, partitive=True) or _nearest(sentence, after_words, own)
                or _part_of_count(sentence, begin, end))
    nearest = _nearest(sentence, after_words, own)
    if nearest == "injured" and _died_later(sentence, end):
        return "killed"  # "were injured and then perished": what happened last wins
    return (nearest or _tallied(sentence, begin) or _predicate(sentence, end) or _agents_harmed(sentence, begin, end)
            or _part_of_count(sentence, begin, end) or _stays_there(sentence, begin, end)
            or _borrowed(sentence, begin, end, after_words, earlier) or _harm_subject(sentence, end))


def _died_later(sentence: _Sentence, end: int) -> bool:
    """Whether the people counted before ``end`` were harmed and then died, in the number's own
    clause and within its AFTER words ("Two people were injured and then perished", "were hurt in
    the crash and later died"); a part with a subject of its own ("and one later died") is not."""
    text = sentence.text
    limit = min(len(text), end + _PREDICATE_REACH)
    stop = _CLAUSE_END.search(text, end, limit)
    later = _LATER_DEATH.search(text, end, stop.start() if stop else limit)
    return later is not None and len(_WORD.findall(text, end, later.start())) < AFTER


def _harm_subject(sentence: _Sentence, end: int) -> str | None:
    """For a count of people in a sentence whose subject is the harm ("The fatalities occurred when
    a tree fell onto two men"), the category of that harm; else None."""
    subject = sentence.harm_subject
    if subject is None or subject.end() > end or not _PEOPLE_AT.match(sentence.text, end):
        return None
    return _keyword(subject.group("word"), sentence)


def _borrowed(sentence: _Sentence, begin: int, end: int, after_words: list[str], earlier: list[str]) -> str | None:
    """For a number whose clause has no verb of its own (none of :data:`_VERB`'s words after
    it), the category of the clause before: "killed a woman and 17 others" (the words before
    "and"), "Four were injured in Varn, and two in Lisk" (across the comma). "Two were killed and
    three were rescued": three has its own verb, and no category."""
    if any(_VERB.fullmatch(word) for word in after_words):
        return None
    return _nearest(sentence, [], earlier) or _gapped(sentence, begin, end)


def _gapped(sentence: _Sentence, begin: int, end: int) -> str | None:
    """The category of the casualty word last named before a number right after ", and" that
    counts people or a place ("Four were injured in Varn, and two in Lisk", "and 3 others"), or
    None ("Highways 115 and 284", "three calves, and one bull")."""
    text = sentence.text
    if not _GAP_BEFORE.search(text, max(0, begin - 24), begin):
        return None
    if not (_GAP_AFTER.match(text, end) or _PEOPLE_AT.match(text, end)):
        return None
    named = list(_ANY_KEYWORD.finditer(text, max(0, begin - _LOOK_BACK), begin))
    return _keyword(named[-1].group(), sentence) if named else None


def _stays_there(sentence: _Sentence, begin: int, end: int) -> str | None:
    """"injured" for a count that stays in a hospital named before it ("taken to hospital …;
    more than 15 remain there"), else None."""
    hospital = sentence.first_hospital
    if hospital is None or hospital >= begin or not _STAYS_THERE.match(sentence.text, end):
        return None
    return "injured"


def _part_of_count(sentence: _Sentence, begin: int, end: int) -> str | None:
    """The category of a count named before, for a number that is part of it or set against it
    ("six of them seriously", "27 in all", "not the 50 the ministry cites", "Of the 40 injuries
    reported, 5 occurred in Lund"), or None."""
    text = sentence.text
    opening_whole = begin <= _LOOK_BACK and _OPENING_WHOLE.fullmatch(text, 0, begin)
    if not (_PART_AFTER.match(text, end) or _COMPARED_BEFORE.search(text, max(0, begin - 12), begin) or opening_whole):
        return None
    named = list(_ANY_KEYWORD.finditer(text, max(0, begin - _LOOK_BACK), begin))
    return _keyword(named[-1].group(), sentence) if named else None


_COORDINATORS = frozenset(("and", "while", "but", "whereas"))


def _tallied(sentence: _Sentence, begin: int) -> str | None:
    """The category of the tally a number is tied to ("the toll … rose to 18 from 11"), or None."""
    tally = sentence.tally
    if tally is None or tally.end() > begin or not _TIED.search(sentence.text, max(0, begin - 30), begin):
        return None
    return "killed" if tally.group("toll") else _keyword(tally.group("word"), sentence)


def _predicate(sentence: _Sentence, end: int, partitive: bool = False) -> str | None:
    """When the number counts people ("25 personnel", "three police officers") or a part of a
    group (``partitive``: "three of the injured"), the category its verb gives them ("were
    killed", "later died"), however long the noun phrase between; None otherwise."""
    text = sentence.text
    if not (partitive or _PEOPLE_AT.match(text, end)):
        return None
    limit = min(len(text), end + _PREDICATE_REACH)
    stop = _CLAUSE_END.search(text, end, limit)
    for verb in _PREDICATE.finditer(text, end, stop.start() if stop else limit):  # "were in a home and received injuries"
        category = _verb_category(sentence, verb)
        if category:
            return category
    return None


def _verb_category(sentence: _Sentence, verb: re.Match) -> str | None:
    """The category a match of :data:`_PREDICATE` gives: "died" and "froze to death" killed, "were injured" injured,
    "received cuts" injured (:data:`_HURT_NOUN`: a harm named only as what was received)."""
    if verb.group("died") or verb.group("to_death"):
        return "killed"  # "died"; "were found frozen to death"
    word = verb.group("word")
    if word and _HURT_NOUN.fullmatch(word):
        return "injured"
    return _keyword(word, sentence) if word else None


def _nearest(sentence: _Sentence, after_words: list[str], before_words: list[str]) -> str | None:
    """The category of the casualty word nearest the number; on a tie, the word after wins."""
    for distance in range(max(len(after_words), len(before_words))):
        for words in (after_words, before_words):
            if distance < len(words):
                category = _keyword(words[distance], sentence)
                if category:
                    return category
    return None


def _words_before(sentence: _Sentence, begin: int, limit: int = BEFORE) -> list[str]:
    """The last ``limit`` words of the clause before ``begin``, nearest first."""
    boundary = bisect_left(sentence.boundaries, begin) - 1  # the last boundary before begin
    left = sentence.boundaries[boundary] + 1 if boundary >= 0 else 0
    found: list[str] = []
    index = bisect_left(sentence.word_starts, begin) - 1  # the last word that starts before begin
    while index >= 0 and len(found) < limit and sentence.words[index][1] > left:
        start, end = sentence.words[index]
        found.append(sentence.text[start : min(end, begin)])
        index -= 1
    return found


def _words_after(text: str, end: int) -> list[str]:
    """The first AFTER words of the clause after ``end``, an aside (", including …,") left out.

    Only the stretch up to the clause's boundary or its AFTER + 1st word is read.
    """
    aside = _ASIDE.match(text, end)
    head, start = (aside.group(1), aside.end()) if aside else ("", end)
    words = list(islice(_WORD.finditer(text, start), AFTER + 1))
    stop = words[-1].end() if len(words) > AFTER else len(text)
    boundary = _BOUNDARY.search(text, start, stop)
    return _WORD.findall(head + text[start : boundary.start() if boundary else stop])[:AFTER]


def _keyword(word: str, sentence: _Sentence) -> str | None:
    """The category that ``word`` names, or None if it is no casualty word."""
    match = _KEYWORD.match(word)
    if match is None:
        return None
    if match.lastgroup == "other" and word.lower().startswith("victim"):
        return sentence.victims
    return match.lastgroup


def _source(sentence: _Sentence, begin: int) -> str | None:
    """Who the sentence credits: "according to X", "X said (that) …" before the figure, or a
    closing ", X said."; the outermost attribution when there are several."""
    if sentence.according:
        return sentence.according.group("who").strip()
    # the whole sentence is searched, so that the look-ahead sees "claimed over 140 lives"
    if sentence.leading and sentence.leading.end() <= begin and sentence.leading_subject:
        return sentence.leading_subject
    trailing = sentence.trailing
    if trailing and trailing.start() >= begin:
        return (trailing.group("who") or trailing.group("after")).strip()
    return None


def figure_rows(story: Story, source: str = "annotation") -> list[FigureRow]:
    """The figures of ``story`` as rows, from the hand annotation or the extractor.

    Raises ValueError when ``source`` is unknown or the story has no ``figures.csv``.
    """
    return story_rows(story, "figures.csv", source, extract_story)
