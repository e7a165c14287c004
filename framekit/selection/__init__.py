"""Selection and salience (lesson 01): which facts each outlet reports, which it leaves out,
and what it puts first.

- :mod:`~framekit.selection.facts`: a story's fact checklist (``annotations/facts.csv``) as a
  fact × article matrix: where each article first states each fact, and what it omits
- :mod:`~framekit.selection.leads`: what each article leads with: headline, standfirst, first
  paragraph, and the facts its first paragraph states
"""
