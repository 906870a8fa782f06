"""The HTTP layer: a FastAPI app, one router module per domain."""

from service.api.app import ROUTERS, create_app

__all__ = ["ROUTERS", "create_app"]
