#!/usr/bin/env bash
# The GitHub Action's steps (action.yml runs this script; CI runs it too, so what the action does is
# tested): install pcc-conformance, run it with the arguments given, and leave the reports where the
# action uploads them from.
#
#   PCC_WHEEL=path/to/file.whl   install that wheel (what CI does)
#   PCC_VERSION=0.1.0            else install that release from PyPI
#   PCC_VERSION=latest           else the newest release from PyPI; while none is published, build the
#                                action's own checkout with cargo instead (needs a Rust toolchain), saying so
#   PCC_VERSION=source           build the action's own checkout with cargo
#   PCC_ARGS="run --tags '@pma and not @serial'"
#                                the arguments (default: run), split as a shell splits words: quotes keep
#                                an argument whole
#   PCC_REPORT_DIR=reports       where a run's reports go (added to `run` unless the arguments name one)
#   PCC_VENV=dir                 where to install (default: a fresh folder under $RUNNER_TEMP or /tmp)
#
# Every install step that fails stops the action with its cause and a non-zero status.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
version="${PCC_VERSION:-latest}"
report_dir="${PCC_REPORT_DIR:-reports}"
prefix="${PCC_VENV:-${RUNNER_TEMP:-/tmp}/pcc-conformance-action}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

fail() {
  echo "pcc-conformance action: $*" >&2
  exit 2
}

# The arguments as a shell would split them (xargs reads quotes as the shell does; nothing is run).
arguments() {
  printf '%s' "${PCC_ARGS:-run}" | xargs printf '%s\0' >"$log.args" 2>"$log" \
    || fail "the args input is not a list of shell words ($(cat "$log")): ${PCC_ARGS:-}"
  mapfile -d '' -t args <"$log.args"
  rm -f "$log.args"
  [ "${#args[@]}" -gt 0 ] || fail "the args input is empty"
}

from_source() {
  command -v cargo >/dev/null \
    || fail "building $here from source needs cargo (a Rust toolchain: https://rustup.rs), which is not on the PATH"
  cargo install --locked --quiet --path "$here" --root "$prefix" >"$log" 2>&1 \
    || { cat "$log" >&2; fail "cargo install --path $here failed (its output is above)"; }
  bin="$prefix/bin"
}

from_pypi() {
  local what="$1"
  python3 -m venv "$prefix" >"$log" 2>&1 \
    || { cat "$log" >&2; fail "python3 -m venv $prefix failed (its output is above)"; }
  if "$prefix/bin/python" -m pip install --quiet --disable-pip-version-check "$what" >"$log" 2>&1; then
    bin="$prefix/bin"
    return 0
  fi
  if [ "$version" = "latest" ] && [ -z "${PCC_WHEEL:-}" ] && grep -q "No matching distribution" "$log"; then
    echo "pcc-conformance action: no release of pcc-conformance on PyPI yet; building $here with cargo" >&2
    rm -rf "$prefix"
    from_source
    return 0
  fi
  cat "$log" >&2
  fail "pip install $what failed (its output is above)"
}

install() {
  if [ -n "${PCC_WHEEL:-}" ]; then
    [ -f "$PCC_WHEEL" ] || fail "the wheel input names no file: $PCC_WHEEL"
    from_pypi "$PCC_WHEEL"
  elif [ "$version" = "source" ]; then
    from_source
  elif [ "$version" = "latest" ]; then
    from_pypi pcc-conformance
  else
    from_pypi "pcc-conformance==$version"
  fi
  [ -x "$bin/pcc-conformance" ] || fail "the install left no pcc-conformance in $bin"
}

arguments
install
export PATH="$bin:$PATH"
if [ "${args[0]}" = "run" ] && [[ " ${args[*]} " != *" --report-dir "* ]] && [[ " ${args[*]} " != *" --report-dir="* ]]; then
  args+=(--report-dir "$report_dir")
fi
echo "pcc-conformance: $(pcc-conformance --version) from $bin"
if [ -n "${GITHUB_PATH:-}" ]; then
  echo "$bin" >>"$GITHUB_PATH"
fi
set +e
pcc-conformance "${args[@]}"
status=$?
set -e
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "exit-code=$status" >>"$GITHUB_OUTPUT"
fi
exit "$status"
