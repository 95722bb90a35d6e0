"""Callback requests: reject malformed ones before Dash sees them, and answer the simplest, hottest
kind (`direct_callback`) without Dash's per-request dispatch.
"""

from __future__ import annotations

from dash import Dash, Input, Output
from dash.exceptions import PreventUpdate
from flask import Response, abort
from plotly.io.json import to_json_plotly

from dashfleet.dash_compat import NoUpdate

_DIRECT = "dashfleet_direct_callbacks"


def direct_callback(app: Dash, output: Output, *inputs: Input):
    """`app.callback` for the hot, simple kind: one Output, plain Inputs, and a result that
    depends on the input values alone.

    Dash registers it as usual (the page, its dependencies and every Dash tool see an ordinary
    callback); dashfleet answers its requests straight from the validated body, without Dash's
    per-request dispatch (context, grouping, hooks), which costs several times what a fast
    callback does. PreventUpdate and no_update answer as Dash does (204; an empty update). Not
    for a callback that reads dash.ctx / callback_context, State, or calls set_props: use
    app.callback for those.
    """

    def decorator(func):
        app.callback(output, *inputs)(func)
        key = f"{output.component_id}.{output.component_property}"
        app.server.extensions.setdefault(_DIRECT, {})[key] = (output, func)
        return func

    return decorator


def answer_directly(app: Dash, body: dict) -> Response | None:
    """The response for a direct callback's (validated) request; None for any other callback."""
    direct = app.server.extensions.get(_DIRECT, {}).get(body["output"])
    if direct is None:
        return None
    output, func = direct
    try:
        result = func(*(item.get("value") for item in body["inputs"]))
    except PreventUpdate:
        return Response(status=204)
    updates = (
        {} if isinstance(result, NoUpdate) else {output.component_id: {output.component_property: result}}
    )
    payload = {"multi": True, "response": updates}
    return Response(to_json_plotly(payload), mimetype="application/json")


def validate_callback_body(app: Dash, req) -> None:
    """Abort with 4xx unless the body names a known callback with the inputs it declares.

    Dash itself trusts the body's shape and answers a wrong one with a 500; a client's mistake
    must read as the client's (4xx), and must not reach the callback.
    """
    if not req.is_json:
        abort(415, "callback requests must be application/json")
    try:
        body = req.get_json(silent=True)
    except RecursionError:  # json's parser recurses per level: thousands of "[" exhaust the stack
        abort(400, "the body is nested too deeply")
    if not isinstance(body, dict):
        abort(400, "the body must be a JSON object")
    output = body.get("output")
    if not isinstance(output, str) or output not in app.callback_map:
        abort(400, "unknown callback output")
    spec = app.callback_map[output]
    for key in ("inputs", "state"):
        given = body.get(key, [])
        declared = spec[key]
        if not isinstance(given, list) or len(given) != len(declared):
            abort(400, f"'{key}' must list the {len(declared)} value(s) the callback declares")
        for item, want in zip(given, declared, strict=True):
            if not _matches(item, want):
                abort(400, f"'{key}' does not match the callback's {key}")
    # Dash's renderer always sends `outputs`, one per output the callback declares ("..a.b...c.d.."
    # for several); Dash answers a missing or short list with a 500.
    outputs = body.get("outputs")
    declared = output.strip(".").split("...") if output.startswith("..") else [output]
    if len(declared) > 1:
        shaped = (
            isinstance(outputs, list)
            and len(outputs) == len(declared)
            and all(_output_shaped(item, key) for item, key in zip(outputs, declared, strict=True))
        )
    else:
        shaped = _output_shaped(outputs, output)
    if not shaped:
        abort(400, "'outputs' is missing or does not match the callback's outputs")
    changed = body.get("changedPropIds", [])
    if not isinstance(changed, list) or not all(isinstance(c, str) for c in changed):
        abort(400, "'changedPropIds' must be a list of strings")


def _output_shaped(item, declared: str) -> bool:
    """One output as the renderer sends it: for a plain id ("graph.figure", "graph.figure@1a2b"
    with allow_duplicate), that id and property; for a pattern-matching id, a prop with a dict id
    or a list of them."""
    if declared.startswith("{"):
        return (_is_prop(item) and isinstance(item["id"], dict)) or _is_prop_list(item)
    component, _, prop = declared.rpartition(".")
    return _is_prop(item) and item["id"] == component and item["property"].split("@")[0] == prop.split("@")[0]


def _is_prop(item) -> bool:
    return (
        isinstance(item, dict)
        and isinstance(item.get("id"), (str, dict))
        and isinstance(item.get("property"), str)
    )


def _is_prop_list(items, depth: int = 0) -> bool:
    """A list of props, or of such lists (pattern-matching outputs): two levels, no more."""
    return (
        depth < 2
        and isinstance(items, list)
        and all(_is_prop(i) or _is_prop_list(i, depth + 1) for i in items)
    )


def _matches(item, want: dict) -> bool:
    """A plain id must be the declared one; pattern-matching ids (dicts) only need the shape."""
    if isinstance(want.get("id"), str) and not want["id"].startswith("{"):
        return _is_prop(item) and item["id"] == want["id"] and item["property"] == want["property"]
    return _is_prop(item) or _is_prop_list(item)
