"""Domain errors. The CLI turns each into one line and an exit code."""

from __future__ import annotations


class SodsongError(Exception):
    """Base of every error the user should see as a plain message."""

    exit_code = 1


class InputError(SodsongError):
    """The user's input is not usable (not a URL, unknown file, bad format)."""

    exit_code = 2


class SourceError(SodsongError):
    """A third-party source is missing or fails its checksum."""

    exit_code = 3


class KnowledgeNotReady(SodsongError):
    """The corpus or index has not been built yet."""

    exit_code = 3


class BlockedAddress(SodsongError):
    """The address guard refused a URL."""

    exit_code = 4


class CaptureError(SodsongError):
    """The page could not be captured (unreachable, timed out, too large, not HTML)."""

    exit_code = 4


class CitationError(SodsongError):
    """A report cited evidence that does not resolve or quoted text not in its evidence."""

    exit_code = 5
