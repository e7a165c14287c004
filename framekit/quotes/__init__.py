"""Quote attribution (lesson 02): who speaks, through whom, with which verb.

- :mod:`~framekit.quotes.attribution`: :class:`Quote`, and speaker, cue and via, in one place
- :mod:`~framekit.quotes.reported`: reported speech ("X said that …", "according to X")
- :mod:`~framekit.quotes.extraction`: the extractor, and quote rows from either source
- :mod:`~framekit.quotes.asides`: speakers named around a quotation itself ("per X", "in X's words", "X's “…” remark")
- :mod:`~framekit.quotes.voices`: who is quoted, how much, and who is left out
- :mod:`~framekit.quotes.verbs`: reporting verbs grouped by what they signal
- :mod:`~framekit.quotes.chains`: the relays between speaker and reader
- :mod:`~framekit.quotes.renderings`: one statement as each outlet prints it
"""
