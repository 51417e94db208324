"""The web UI: a read-only, server-rendered view of a store (FastAPI and Jinja2).

Start it with ``cablegram serve``; :func:`cablegram.web.app.create_app` builds the app.
"""
