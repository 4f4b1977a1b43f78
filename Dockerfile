# syntax=docker/dockerfile:1

# Container Notes: the static site, built with Node and served by an
# unprivileged nginx. Three stages; only the last one ships.
#
#   docker build -t container-notes .
#   docker run --rm -p 127.0.0.1:8080:8080 --read-only --tmpfs /tmp \
#     --cap-drop ALL --security-opt no-new-privileges container-notes
#
# docs/docker.md explains every flag; compose.yaml has them all.
#
# Base images are pinned by version *and* digest: the tag says what we
# meant, the digest makes the build get exactly those bytes even if the
# tag is pushed again. To move to a new release, look up the digest of the
# new tag's multi-platform index and replace both:
#   docker buildx imagetools inspect node:22.23.3-bookworm-slim
#   docker buildx imagetools inspect nginxinc/nginx-unprivileged:1.30.5-alpine-slim
# (the "Digest:" line at the top). Keep the Node version in step with .nvmrc.

# ---------------------------------------------------------------------
# deps: install the exact dependency tree from package-lock.json.
# Only the two package files are copied, so this layer (the slow one) is
# rebuilt only when dependencies change, not on every content edit.
# ---------------------------------------------------------------------
FROM node:22.23.3-bookworm-slim@sha256:43ac6c60b8f89723f746e8a92ce91abd5017e627ce1ddfe4238355d3a30b772c AS deps
WORKDIR /app
ENV ASTRO_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false
COPY package.json package-lock.json ./
# `npm ci` refuses a lockfile out of step with package.json and never
# rewrites it; the cache mount keeps downloaded tarballs between builds
# without putting them in a layer. --omit=dev: the build needs only the
# runtime dependencies (Astro, MDX, Pagefind, Shiki, xterm, yaml), not the
# test, lint and type-check tools.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --no-audit --no-fund

# ---------------------------------------------------------------------
# build: compile the site into /app/dist (pages, assets, the Pagefind
# search index, and a .gz next to every text file for gzip_static).
# The build reads only the repository: no network, no secrets.
# ---------------------------------------------------------------------
FROM deps AS build
COPY . .
RUN npm run build

# ---------------------------------------------------------------------
# runtime: nginx and the built files, nothing else. No Node, no sources,
# no node_modules, no build tools reach this image. nginx runs as uid 101
# on port 8080, with a read-only root filesystem in mind: it writes only
# its pid file and temp folders, all under /tmp (nginx -p /tmp/).
# ---------------------------------------------------------------------
FROM nginxinc/nginx-unprivileged:1.30.5-alpine-slim@sha256:e28dcf0a161ddcbf228c7364b4a14f9bad4763ae8f5317c437b896afa3df4b84 AS runtime

# Where the image came from and when, for whoever finds it running:
#   docker build --build-arg VERSION=0.1.0 --build-arg REVISION="$(git rev-parse HEAD)" \
#     --build-arg SOURCE="$(git remote get-url origin)" \
#     --build-arg CREATED="$(date -u +%Y-%m-%dT%H:%M:%SZ)" -t container-notes .
ARG VERSION=dev
ARG REVISION=unknown
ARG SOURCE=unknown
ARG CREATED=unknown
LABEL org.opencontainers.image.title="Container Notes" \
      org.opencontainers.image.description="Week 1 of App Containerization: lessons, a Docker command reference, search and a terminal playground, as a static site." \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.base.name="docker.io/nginxinc/nginx-unprivileged:1.30.5-alpine-slim"

# The base image's demo server and pages must not ship next to ours, and
# the nginx user must not be able to rewrite its own config (the base
# gives uid 101 write access to /etc/nginx): root owns it, read-only.
USER root
RUN rm -rf /etc/nginx/conf.d/default.conf /usr/share/nginx/html \
    && chown -R root:root /etc/nginx \
    && chmod -R go-w /etc/nginx

# Public scans report pcre2 10.48 in this base (CVE-2026-103111, fixed in
# 10.49-r0), and nginx matches every regex location and map with it.
# Upgrade that one package from Alpine's repository, then check the
# version actually installed: the build fails rather than ship the old one.
# (When the base image is rebuilt with the fix, move tag and digest and
# this step becomes a no-op.)
RUN apk upgrade --no-cache pcre2 \
    && v="$(apk info -v pcre2 2>/dev/null | sed -n 's/^pcre2-//p' | head -n 1)" \
    && if [ -z "$v" ] || [ "$(apk version -t "$v" 10.49-r0)" = "<" ]; then \
         echo "pcre2 ${v:-missing} is older than 10.49-r0 (CVE-2026-103111)" >&2; exit 1; \
       fi

# Extra host names the site answers to besides localhost and IP addresses
# (conf.d/site.conf; others get no answer): --build-arg SERVER_NAMES="notes.example.org".
ARG SERVER_NAMES=""
RUN if [ -n "$SERVER_NAMES" ]; then printf 'server_name %s;\n' "$SERVER_NAMES" > /etc/nginx/server-names.conf; fi

# The shared nginx config (the same files `npm run serve:nginx` uses) and
# this image's port and site folder (instance.conf).
COPY nginx/nginx.conf nginx/instance.conf nginx/default-listen.conf /etc/nginx/
COPY nginx/conf.d/ /etc/nginx/conf.d/
COPY nginx/snippets/ /etc/nginx/snippets/
COPY --from=build /app/dist/ /usr/share/nginx/html/

# Back to the unprivileged user for everything that runs from here on.
USER 101

EXPOSE 8080

# Healthy = nginx answers the home page. busybox wget is in the base image;
# nothing is added for the check.
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
    CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/"]

# SIGQUIT is nginx's graceful stop: finish the requests in flight, then
# exit. (SIGTERM, Docker's default, drops them.)
STOPSIGNAL SIGQUIT

# -p /tmp/: the pid file and temp folders (relative paths in nginx.conf)
# go to /tmp, the one writable place. The base image's entrypoint runs
# first and hands over to this command.
CMD ["nginx", "-p", "/tmp/", "-g", "daemon off;"]
