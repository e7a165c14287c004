"""Casualty figures (lesson 04): how many, according to whom, how sure.

- :mod:`~framekit.figures.extraction`: the figure extractor, and figure rows from either source
- :mod:`~framekit.figures.tolls`: the official toll over time, and each figure set against it
"""
