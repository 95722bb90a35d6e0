"""Service logs: one JSON object per line (DASHFLEET_LOG_FORMAT=json, for a log pipeline) or plain
text for a person (text). Every line written while a request is answered carries its request id,
the X-Request-ID the gateway sets (and sends back to the client), so a gateway line, the service
lines and the response the user saw can be matched. gunicorn uses `Logger` (gunicorn_conf)."""

from __future__ import annotations

import json
import logging
import os
import time

from gunicorn import glogging

FORMAT_ENV = "DASHFLEET_LOG_FORMAT"
FORMATS = ("text", "json")
TEXT_ACCESS = (
    '%(h)s "%(r)s" %(s)s %(b)s %(M)sms %(p)s xff="%({x-forwarded-for}i)s" '
    "proto=%({x-forwarded-proto}i)s host=%({x-forwarded-host}i)s user=%({x-forwarded-user}i)s "
    "rid=%({x-request-id}i)s"
)


def log_format() -> str:
    value = os.environ.get(FORMAT_ENV, "text").strip().lower()
    if value not in FORMATS:
        raise SystemExit(f"dashfleet: {FORMAT_ENV} must be one of {', '.join(FORMATS)}, not {value!r}")
    return value


def current_request_id() -> str:
    """The request id of the request being answered in this thread, if any."""
    try:
        from flask import has_request_context, request
    except ImportError:  # pragma: no cover - every service has Flask
        return ""
    return request.headers.get("X-Request-ID", "") if has_request_context() else ""


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "request_id", ""):
            record.request_id = current_request_id()
        return True


class JsonFormatter(logging.Formatter):
    def __init__(self, service: str):
        super().__init__()
        self.service = service

    def format(self, record: logging.LogRecord) -> str:
        entry = getattr(record, "fields", None) or {"message": record.getMessage()}
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "service": self.service,
            "request_id": getattr(record, "request_id", "") or None,
            **entry,
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str)


class TextFormatter(logging.Formatter):
    def __init__(self):
        super().__init__(
            "[%(asctime)s] [%(process)d] [%(levelname)s] %(message)s%(rid)s", "%Y-%m-%d %H:%M:%S %z"
        )

    def format(self, record: logging.LogRecord) -> str:
        record.rid = f" rid={record.request_id}" if getattr(record, "request_id", "") else ""
        return super().format(record)


class Logger(glogging.Logger):
    """gunicorn's logger, with dashfleet's formats; the app's own loggers (root) go the same way."""

    def setup(self, cfg) -> None:
        super().setup(cfg)
        self.json = log_format() == "json"
        service = os.environ.get("DASHFLEET_NAME", "service")
        formatter = JsonFormatter(service) if self.json else TextFormatter()
        for handler in [*self.error_log.handlers, *self.access_log.handlers]:
            if not self.json and handler in self.access_log.handlers:
                continue  # gunicorn's own access_log_format (TEXT_ACCESS) is the text line
            handler.setFormatter(formatter)
        root = logging.getLogger()
        if not any(getattr(h, "dashfleet", False) for h in root.handlers):
            handler = logging.StreamHandler()
            handler.dashfleet = True
            handler.setFormatter(formatter)
            handler.addFilter(RequestIdFilter())
            root.addHandler(handler)
            root.setLevel(self.error_log.level)
        for handler in self.error_log.handlers:
            handler.addFilter(RequestIdFilter())

    def access(self, resp, req, environ, request_time) -> None:
        if not self.json:
            return super().access(resp, req, environ, request_time)
        if not (self.cfg.accesslog or self.cfg.logconfig or self.cfg.logconfig_dict or self.cfg.syslog):
            return
        headers = {name.lower(): value for name, value in req.headers}
        fields = {
            "message": f"{req.method} {req.path} {resp.status_code}",
            "remote": environ.get("REMOTE_ADDR", ""),
            "method": req.method,
            "path": req.path,
            "query": req.query,
            "status": resp.status_code,
            "bytes": getattr(resp, "sent", None),
            "duration_s": round(request_time.total_seconds(), 6),
            "pid": os.getpid(),
            "forwarded_for": headers.get("x-forwarded-for", ""),
            "proto": headers.get("x-forwarded-proto", ""),
            "host": headers.get("x-forwarded-host", ""),
            "user": headers.get("x-forwarded-user", ""),
        }
        self.access_log.info("", extra={"fields": fields, "request_id": headers.get("x-request-id", "")})
