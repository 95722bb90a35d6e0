"""One module per deployment target, each rendering its files from the registry:
`render(registry) -> {path relative to the project: text}`."""

from __future__ import annotations

import jinja2

# The tool's templates (one folder per target), then the runtime's (the brand stylesheet the
# landing page shares with the gateway's own pages).
env = jinja2.Environment(
    loader=jinja2.ChoiceLoader(
        [jinja2.PackageLoader("dashfleet.tool", "templates"), jinja2.PackageLoader("dashfleet", "templates")]
    ),
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    autoescape=False,  # nginx and YAML, not HTML: the registry forbids the risky characters
)
