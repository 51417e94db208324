"""The gazetteer: the actor dictionary (countries, demonyms, capitals, organisations, people,
titles and honorifics, with a user's CSV or Phoenix files), name spellings and the names of
states and provinces. Shared data below both stages that read it: ingest (credit lines) and
annotate (actors, statements, events, claims) import it, and it imports neither.

Modules: ``dictionary`` (:func:`~cablegram.gazetteer.dictionary.load_dictionary`), ``phoenix``
(PETRARCH/Phoenix actor files), ``spelling`` (spelling keys of names), ``subdivisions``
(:func:`~cablegram.gazetteer.subdivisions.state_names`).
"""
