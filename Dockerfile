# Dockerfile - the wasmgate Docker action (action.yml: runs.using docker).
#
# Stage 1 (builder) builds wasmgate on Debian bookworm, runs the unit tests
# and installs the `cli` component (no headers or library) into /out.  It
# also lists the Debian packages that hold the shared libraries the binary
# links (ldd + dpkg -S), so the final stage installs exactly those: wabt is
# linked statically, the rest (libyaml, jansson, libsodium, ...) are
# runtime packages.
# Stage 2 is bookworm-slim with the binary, the bundled rules and those
# libraries only: no compiler, no -dev package, no network or token needed.
#
#   docker build -t wasmgate .
#   docker run --rm --network none -v "$PWD:/github/workspace" -w /github/workspace wasmgate
#   docker run --rm --network none -v "$PWD:/w:ro" -w /w --user wasmgate wasmgate audit plugins/

FROM debian:bookworm AS builder
ARG DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      cmake make gcc g++ pkg-config ca-certificates \
      wabt libyaml-dev libjansson-dev libsodium-dev nettle-dev check libcurl4-openssl-dev binaryen \
      libsqlite3-dev libmicrohttpd-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cmake -S . -B /build -DWG_EXAMPLES=OFF \
      -DCMAKE_INSTALL_PREFIX=/usr/local \
 && cmake --build /build -j"$(nproc)"
RUN ctest --test-dir /build -R '^unit/' -j"$(nproc)" --output-on-failure
# The action image is the audit: build, control and runtime (their own
# executables in libexec/wasmgate, linking binaryen, libcurl, libmicrohttpd,
# SQLite) are left out, so are their libraries.
RUN DESTDIR=/out cmake --install /build --strip --component cli \
 && rm -rf /out/usr/local/libexec/wasmgate \
 && /out/usr/local/bin/wasmgate --version \
 && for lib in $(ldd /out/usr/local/bin/wasmgate | awk '$2 == "=>" && $3 ~ /^\// {print $3}'); do \
      for p in "$lib" "$(readlink -f "$lib")" "/usr$lib" "${lib#/usr}"; do \
        dpkg -S "$p" 2>/dev/null && break; \
      done; \
    done | cut -d: -f1 | sort -u > /out/runtime-packages \
 && echo "runtime packages:" $(cat /out/runtime-packages)

FROM debian:bookworm-slim
ARG DEBIAN_FRONTEND=noninteractive
COPY --from=builder /out/runtime-packages /tmp/runtime-packages
RUN apt-get update \
 && apt-get install -y --no-install-recommends $(cat /tmp/runtime-packages) \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/* /var/log/apt /var/log/dpkg.log /tmp/runtime-packages
COPY --from=builder /out/usr/local/ /usr/local/
ENV WASMGATE_RULES_DIR=/usr/local/share/wasmgate/rules
LABEL org.opencontainers.image.title="wasmgate" \
      org.opencontainers.image.description="Audit WebAssembly plugins against YAML sandboxing rules"
# The entry point is the wasmgate command; without arguments (how the runner
# starts a Docker action that has no `args:`) it runs `action`, so the same
# image is a plain CLI too:  docker run --rm IMAGE audit --help
# The runner needs root (its workspace and file-command files belong to the
# runner's user, uid 1001, and GitHub does not support USER in action
# images); the `wasmgate` user (uid 1001 as well) is for running the CLI
# without root:  docker run --rm --user wasmgate -v "$PWD:/w:ro" -w /w IMAGE audit .
RUN useradd --system --uid 1001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin wasmgate
ENTRYPOINT ["wasmgate"]
CMD ["action"]
