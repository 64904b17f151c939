"""The SDK's version, kept in one place so the User-Agent and packaging agree."""

__all__ = ["__version__"]

__version__ = "0.1.0"
