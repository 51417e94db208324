"""Settings the web app reads from the environment when uvicorn starts it by name."""

from __future__ import annotations

# The store's path, for server processes that `cablegram serve --workers N` starts.
STORE_ENV = "CABLEGRAM_DB"
