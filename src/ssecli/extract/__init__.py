"""The extractors, one module per kind of entity.

PARSER_VERSION names the rules: bump it with every change to what the parser finds, and every
index is rebuilt on its next use; GAZETTEER_VERSION names the place gazetteer's table
(extract.gazetteer) in the same way. They live here, not in the modules they describe, so that
checking an index on every query costs no more than this import."""

PARSER_VERSION = "5"
GAZETTEER_VERSION = 38
