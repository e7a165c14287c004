"""Teaching machinery: feedback on exercises, scores against an answer key, the lesson list.

- :mod:`~framekit.teach.checks`: :class:`Feedback` and fingerprint checks for any answer
- :mod:`~framekit.teach.annotate`, :mod:`~framekit.teach.families`, :mod:`~framekit.teach.readings`:
  feedback on a student's own annotation (02), term family (03) and figure readings (04)
- :mod:`~framekit.teach.evaluate`: precision, recall and F1 against a hand annotation
- :mod:`~framekit.teach.exercises`: ``exercises/`` built from ``solutions/``
- :mod:`~framekit.teach.handouts`: ``framekit handouts``, lessons and worksheets as printable HTML pages
- :mod:`~framekit.teach.lessons`: the lesson registry, read from the kit's ``lessons.yaml``
- :mod:`~framekit.teach.draft`: ``framekit new-story``, with draft annotations from the extractors
- :mod:`~framekit.teach.links`: ``framekit link``, the nbgitpuller link for a JupyterHub and the Binder link
"""
