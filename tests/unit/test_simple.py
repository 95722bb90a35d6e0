"""The simple app called directly."""

from dash_simple import create_app


def test_layout_shows_the_grouped_bar_chart():
    app = create_app("/simple/")
    link, heading, graph = app.layout.children
    assert (link.children, link.href) == ("Main page", "/")
    assert heading.children == "Welcome to my Dash App"
    assert heading.style == {"textAlign": "center"}
    assert graph.id == "example-graph"
    traces = graph.figure["data"]
    assert [(t["name"], t["type"], t["x"], t["y"]) for t in traces] == [
        ("Category 1", "bar", [1, 2, 3], [4, 1, 2]),
        ("Category 2", "bar", [1, 2, 3], [2, 4, 5]),
    ]
    assert graph.figure["layout"]["title"]["text"] == "Dash Data Visualization"


def test_prefix_comes_from_dash_environment_variable(monkeypatch):
    monkeypatch.setenv("DASH_URL_BASE_PATHNAME", "/elsewhere/")
    app = create_app()
    assert app.config.requests_pathname_prefix == "/elsewhere/"
    assert app.config.routes_pathname_prefix == "/elsewhere/"


def test_health_answers_at_the_prefix_and_at_the_service_root():
    client = create_app("/simple/").server.test_client()
    for path in ("/simple/health", "/health"):
        resp = client.get(path)
        assert (resp.status_code, resp.get_data(as_text=True)) == (200, "ok\n")
