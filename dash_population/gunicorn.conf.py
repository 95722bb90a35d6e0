# gunicorn settings for this service: the shared defaults (all from the environment).
from dashfleet.gunicorn_defaults import *  # noqa: F403
