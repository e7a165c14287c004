"""Shared language tools: the bottom layer, reading no files and importing no other framekit module.

- :mod:`~framekit.language.text`: :class:`Span`, words, word counts, phrase search
- :mod:`~framekit.language.sentences`: sentences, split with no downloaded data
- :mod:`~framekit.language.quotemarks`: where quotation marks open and close
- :mod:`~framekit.language.subjects`: the subject of a verb ("Lecornu has declared")
- :mod:`~framekit.language.hedges`: the interval a hedge implies ("at least 144")
- :mod:`~framekit.language.numbers`: numbers in digits or words ("thirty-one", "dozens")
- :mod:`~framekit.language.sentiment`: TextBlob's tone, and whether its corpora are installed
"""
