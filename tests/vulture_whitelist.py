"""Names vulture cannot see used (tests/test_dead_code.py): each is called by a framework or named in data.

Each line names what one framework or data file uses; anything else vulture reports is dead code.
"""
# ruff: noqa
_ = object

# named as extractors in rdf/schema/newskb.yaml, imported by newskb.rdf.declaration
find_statements, find_sanctions, find_events
# spaCy factories, found by the names in their @Language.factory / @Language.component decorators
make_attribute_table, make_lemma_table, sentence_guard
# typer commands and callbacks, registered by their decorators
_root, serve, evaluate
# module __getattr__ (PEP 562): lazy public API and picklable declared models
__getattr__
# pydantic: model settings and validators, called by pydantic
model_config, _consistent, _grounded
# the contract's fields and public API (README, tests)
PLOVER_TYPES, job_title, to_dataset, to_dataframe, to_turtle, serve_in_thread
_.unmapped  # model fields the declaration leaves unexported, checked by tests/test_rdf.py
_.max_redirections  # urllib's HTTPRedirectHandler reads it
# http.server: the handler's methods and attributes, called by BaseHTTPRequestHandler
_.server_version, _.do_OPTIONS, _.do_GET, _.do_POST, _.close_connection, _.log_message
