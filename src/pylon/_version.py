"""The SDK's version, kept in one place so the User-Agent and packaging agree."""

__all__ = ["__version__"]

# 1.0.0 starts a clean break from the earlier `py-usepylon-sdk` 0.x on the package index;
# pre-releases are 1.0.0aN until the release.
__version__ = "1.0.0a1"
