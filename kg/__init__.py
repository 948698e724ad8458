"""hlkg: a knowledge graph of healthcare leadership concepts.

The library behind the `hlkg` command. The CLI (kg.cli) is a thin layer over the functions of
the modules here, so everything it does can also be called from Python.
"""

__version__ = "0.1.0"
