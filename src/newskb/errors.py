"""Typed errors: the library raises them, the CLI turns them into one line and an exit code."""
from __future__ import annotations


class NewskbError(Exception):
    """Base error; ``hint`` tells the user what to do about it."""

    exit_code = 2

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} — {self.hint}" if self.hint else self.message


class InputError(NewskbError):
    """An input cannot be read or is not an article / a knowledge base."""


class ModelError(NewskbError):
    """The spaCy model named in the settings cannot be loaded."""


class QueryError(NewskbError):
    """A SPARQL query is malformed or asks for something refused (updates, remote data)."""


class OutputError(NewskbError):
    """An output cannot be written; whatever was there before is left untouched."""
