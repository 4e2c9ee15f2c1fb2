"""stack-sdk: the async, typed Python SDK for Stack Auth (Hexclave).

>>> import stack_sdk
>>> stack_sdk.__version__
'0.1.0'
"""

from __future__ import annotations

from ._version import __version__

__all__ = ["__version__"]
