"""Facts shared by the facade and the generator that writes part of it (codegen/resource_layer.py).

This module imports nothing, so the generator can read it even before generated/ exists.
"""

__all__ = ["BOUND_MODELS", "RAISES"]

# Every method's docstring ends with what it raises, in the same words.
RAISES = (
    "Raises `PylonValidationError` before sending when an argument does not fit the spec, and an"
    " `APIError` subclass (`NotFoundError`, `RateLimitError`, ...) when Pylon refuses the call."
)

# Generated model name -> the class in `_bound_models` that adds conveniences bound to the client
# (`issue.resolve()`); methods returning these models are typed with the bound class.
BOUND_MODELS = {"Issue": "BoundIssue", "Account": "BoundAccount"}
