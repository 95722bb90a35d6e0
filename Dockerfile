# One recipe for every Python service (the landing page and each dashboard). The layers up to the
# shared runtime are identical for all of them, so dash/plotly/flask are installed once per build
# host; then each image adds its own dashboard's requirements.txt and folder, and nothing else.
#
#   docker build --build-arg SERVICE=dash_population --build-arg APP=dash_population:create_app .
#
# docker-compose.yml (rendered from dashboards.toml) passes those arguments for every service.
# (No `# syntax=` line: it makes BuildKit fetch a frontend image, which an air-gapped host cannot.)
ARG PYTHON_IMAGE=python:3.12-slim-bookworm

FROM ${PYTHON_IMAGE} AS deps
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore
COPY requirements.lock /tmp/requirements.lock
# Wheels only: no compiler is needed in the image, and none is left behind.
RUN python -m venv /opt/venv \
 && /opt/venv/bin/pip install --only-binary=:all: -r /tmp/requirements.lock
# Dash's bundles, compressed once here at the strongest settings (brotli 11, gzip 9): the services
# send these copies as they are (dashfleet/precompressed.py), whatever the gateway can compress.
COPY dashfleet/precompress.py /tmp/precompress.py
RUN /opt/venv/bin/python /tmp/precompress.py \
      "$(/opt/venv/bin/python -c 'import dash, os; print(os.path.dirname(dash.__file__))')"

FROM ${PYTHON_IMAGE} AS service
RUN useradd --system --uid 10001 --user-group --no-create-home --shell /usr/sbin/nologin dashfleet \
 && install -d -o dashfleet -g dashfleet -m 0700 /var/lib/dashfleet /var/lib/dashfleet/data
# (/var/lib/dashfleet: the landing's state, signed-out sessions; /var/lib/dashfleet/data: the files
# a dashboard writes beside itself, the registry's `writable`. A volume there starts owned by the
# service's user, as the engines copy the folder's owner into a new volume.)
COPY --from=deps /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 PORT=8000 \
    PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore \
    PYTHONPATH=/app
WORKDIR /app
COPY dashboards.toml ./
COPY dashfleet/ dashfleet/
RUN python -m dashfleet.precompress /app/dashfleet/static
COPY requirements.lock /tmp/requirements.lock
# Everything above is shared by every service; below, this service only.
ARG SERVICE
ARG APP
# RUNTIME=own (registry runtime = "own"): the service's own environment, built from its
# requirements.txt alone with dashfleet's layer (dashfleet/layer-requirements.txt), in place of the
# shared one. Else this service's own packages, within the shared pins: its requirements.lock
# (hashed, from `make lock`) as it is, else its requirements.txt constrained by the shared pins. A
# conflicting pin fails the build, naming the package. This layer holds only what the service adds.
# (The glob because requirements.lock is optional.)
ARG RUNTIME=shared
COPY ${SERVICE}/requirements.* /tmp/service/
RUN cd /tmp/service \
 && if [ "$RUNTIME" = own ]; then \
      rm -rf /opt/venv && python -m venv /opt/venv \
      && pip install --only-binary=:all: -r requirements.txt -r /app/dashfleet/layer-requirements.txt; \
    elif [ -f requirements.lock ]; then \
      pip install --only-binary=:all: -r requirements.lock; \
    elif grep -q '^[^#[:space:]]' requirements.txt; then \
      python -m dashfleet.locks /tmp/requirements.lock > constraints.txt \
      && pip install --only-binary=:all: -c constraints.txt -r requirements.txt; \
    fi \
 && rm -r /tmp/requirements.lock /tmp/service
COPY ${SERVICE}/ ${SERVICE}/
# The paths the app writes beside itself (the registry's `writable`, comma-separated): links into
# the data folder, made now so the root stays read-only at run time; what the app ships there
# moves to /opt/dashfleet/seed, copied into an empty volume at start (dashfleet/writable.py).
ARG WRITABLE=""
ENV DASHFLEET_WRITABLE=${WRITABLE} DASHFLEET_DATA_DIR=/var/lib/dashfleet/data \
    DASHFLEET_SEED_DIR=/opt/dashfleet/seed
RUN if [ -n "$DASHFLEET_WRITABLE" ]; then python -m dashfleet.writable link /app/${SERVICE}; fi
RUN python -m compileall -q /app
# The service runs in its folder and serves the registry entry APP (see dashfleet/service.py).
ENV DASHFLEET_APP=${APP} DASHFLEET_SERVICE_DIR=/app/${SERVICE}
# Logs for a machine to read (one JSON object per line); DASHFLEET_LOG_FORMAT=text for a person.
ENV DASHFLEET_LOG_FORMAT=json
USER dashfleet
EXPOSE 8000
# gunicorn finishes in-flight requests on SIGTERM (graceful_timeout) before it exits.
STOPSIGNAL SIGTERM
CMD ["gunicorn", "--config", "python:dashfleet.gunicorn_conf"]
