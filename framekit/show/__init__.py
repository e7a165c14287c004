"""Display: tables, charts, HTML views and widgets. The only layer that imports matplotlib and
ipywidgets; everything here only shows what the layers below compute.

- :mod:`~framekit.show.palette`: the one palette (Okabe–Ito, cividis)
- :mod:`~framekit.show.table`: :class:`Table`, shown as HTML in a notebook and as text elsewhere
- :mod:`~framekit.show.pages`: long lists a page at a time, for every view of a list that grows with the story
- :mod:`~framekit.show.reader`, :mod:`~framekit.show.quotes`, :mod:`~framekit.show.words`,
  :mod:`~framekit.show.figures`: the tables and HTML views of lessons 00, 02, 03 and 04
- :mod:`~framekit.show.charts`: heatmaps, the toll over time, intervals against the toll
- :mod:`~framekit.show.widgets`: ipywidgets wired to the views above
"""
