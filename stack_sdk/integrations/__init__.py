"""Framework integrations: guards for back ends built on FastAPI, Starlette (any ASGI app), Flask and Django,
and server-side login flows for Flask and Starlette/FastAPI.

Each lives in its own module and imports its framework there; this package imports none of them, so
``import stack_sdk.integrations`` is free. Install the matching extra:

- ``stack_sdk.integrations.fastapi``   (``pip install 'stack-sdk[fastapi]'``): ``StackFastAPI`` dependencies
- ``stack_sdk.integrations.starlette`` (``'stack-sdk[starlette]'``): ``StackMiddleware`` (pure ASGI)
- ``stack_sdk.integrations.flask``     (``'stack-sdk[flask]'``): ``StackFlask`` decorators (sync views)
- ``stack_sdk.integrations.django``    (``'stack-sdk[django]'``): middleware + decorators (sync and async views)
- ``stack_sdk.integrations.login``     (``'stack-sdk[flask]'`` or ``'stack-sdk[fastapi]'``): ``/login``,
  ``/callback`` and ``/logout`` for server-rendered apps

All the guards share one SDK (and so one verifier, JWKS cache and token cache) per application, created at
start-up, never per request, and answer rejections as JSON ``{"code", "description"}`` with the status of
the error class (401 / 403 / 503) and ``WWW-Authenticate: Bearer`` on 401.
"""
