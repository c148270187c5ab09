"""What a command writes, and how: the output environment (Output: the stream, whether a person
reads it, colour, the pager), the machine formats (formats.py: json, jsonl, csv, md, plain
lines), the tables and the record view (tables.py, the only module that imports rich), and the
pager (pager.py). Nothing here reads the index or parses."""
