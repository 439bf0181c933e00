"""What a user sees when something is wrong: each error names the input and the problem."""


class SitrepError(Exception):
    """Base of the errors sitrep reports to its user."""


class InputError(SitrepError):
    """One input could not be read; the batch goes on without it."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StoreError(SitrepError):
    """The store could not be opened, migrated or written."""
