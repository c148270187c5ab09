"""The extractors, one module per kind of entity.

PARSER_VERSION names the rules: bump it with every change to what the parser finds, and every
index is rebuilt on its next use. It lives here, not in parser.py, so that checking an index
costs no more than this import."""

PARSER_VERSION = "2"
