"""SPARQL over the built graph: the named query library, safe parameters, execution, output.

Kept free of rdflib, networkx and spaCy so that `hlkg query` starts in a fraction of a second:
only pyoxigraph and the standard library are imported here.
"""
