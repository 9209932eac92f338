"""Dependency labels that mean the same thing in every extractor, declared once.

A module of its own, importing nothing, so that ``speakers`` and ``arguments`` (which imports
``speakers``) can both use it.
"""

#: Noun-phrase subjects of either voice ("X said", "X was arrested"): what a clause is about,
#: which a later pronoun points back at.
NOMINAL_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
#: Subjects that do what their verb says, clauses included; a passive subject undergoes it, so
#: ``arguments.subject_of`` takes one only through a raising verb ("X is expected to travel").
ACTIVE_SUBJECT_DEPS = {"nsubj", "csubj"}
