"""Interactive HTML views of the hlkg graph (pyvis), and a static site to explore it."""
