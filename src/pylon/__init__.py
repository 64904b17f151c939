"""py-usepylon-sdk: the Python SDK for the Pylon API."""

__version__ = "0.1.0"
