# syntax=docker/dockerfile:1
# One recipe for every Python service (the landing page and each dashboard). The layers up to the
# shared package are identical for all of them, so dash/plotly/flask are installed once per build
# host, not once per service; only the last layers (the service's own folder) differ.
#
#   docker build --build-arg SERVICE=dash_population --build-arg APP=dash_population:create_app .
#
# docker-compose.yml (rendered from dashboards.toml) passes those arguments for every service.
ARG PYTHON_IMAGE=python:3.12-slim-bookworm

FROM ${PYTHON_IMAGE} AS deps
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore
COPY requirements.lock /tmp/requirements.lock
# Wheels only: no compiler is needed in the image, and none is left behind.
RUN python -m venv /opt/venv \
 && /opt/venv/bin/pip install --only-binary=:all: -r /tmp/requirements.lock \
 && rm -rf /tmp/requirements.lock

FROM ${PYTHON_IMAGE} AS service
RUN useradd --system --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin dashfleet
COPY --from=deps /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 PORT=8000
WORKDIR /app
COPY dashboards.toml ./
COPY dashfleet/ dashfleet/
# Everything above is shared by every service; below, this service only.
ARG SERVICE
ARG APP
COPY ${SERVICE}/ ${SERVICE}/
# gunicorn reads ./gunicorn.conf.py by itself; DASHFLEET_APP names the factory it serves.
RUN cp ${SERVICE}/gunicorn.conf.py gunicorn.conf.py && python -m compileall -q /app
ENV DASHFLEET_SERVICE=${SERVICE} DASHFLEET_APP=${APP}
USER dashfleet
EXPOSE 8000
# gunicorn finishes in-flight requests on SIGTERM (graceful_timeout) before it exits.
STOPSIGNAL SIGTERM
CMD ["gunicorn"]
