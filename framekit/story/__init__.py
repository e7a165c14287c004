"""Stories: the model, and the files it is read from, checked line by line. Imports only
:mod:`framekit.language`.

- :mod:`~framekit.story.model`: :class:`Story`, :class:`Article`, :class:`ReferenceFact`
- :mod:`~framekit.story.load`: :func:`load_story` and :func:`check_story`, for a folder or an id
- :mod:`~framekit.story.locate`: where the kit's ``data/`` and ``lessons.yaml`` are
- :mod:`~framekit.story.files`: safe reading of text, YAML and front matter (``path:line`` problems)
- :mod:`~framekit.story.rows`: :class:`QuoteRow` and :class:`FigureRow`, the rows lessons use
- :mod:`~framekit.story.annotations`: ``annotations/*.csv``, checked against the articles
- :mod:`~framekit.story.terms`: the ``terms.yaml`` format of term families
- :mod:`~framekit.story.new`: a story folder drafted from pasted article texts (``framekit new-story``)
- :mod:`~framekit.story.proposals`: term families proposed from a story's texts, to review
"""
