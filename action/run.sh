#!/usr/bin/env bash
# The GitHub Action's steps (action.yml runs this script; CI runs it too, so what the action does is
# tested): install pcc-conformance, run it with the arguments given, and leave the reports where the
# action uploads them from.
#
#   PCC_WHEEL=path/to/file.whl   install that wheel (what CI does)
#   PCC_VERSION=0.1.0 | latest   else install that release from PyPI
#   PCC_VERSION=source           else build this repository with cargo (needs a Rust toolchain)
#   PCC_ARGS="run --tags @pma"   the arguments (default: run)
#   PCC_REPORT_DIR=reports       where a run's reports go (added to `run` unless the arguments name one)
#   PCC_VENV=dir                 the virtual environment to install into (default: a fresh one under $RUNNER_TEMP or /tmp)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
version="${PCC_VERSION:-latest}"
report_dir="${PCC_REPORT_DIR:-reports}"
read -r -a args <<<"${PCC_ARGS:-run}"

install() {
  if [ "$version" = "source" ] && [ -z "${PCC_WHEEL:-}" ]; then
    cargo install --locked --quiet --path "$here" --root "${PCC_VENV:-${RUNNER_TEMP:-/tmp}/pcc-conformance}"
    echo "${PCC_VENV:-${RUNNER_TEMP:-/tmp}/pcc-conformance}/bin"
    return
  fi
  local venv="${PCC_VENV:-${RUNNER_TEMP:-/tmp}/pcc-conformance-venv}"
  python3 -m venv "$venv"
  local what
  if [ -n "${PCC_WHEEL:-}" ]; then
    what="$PCC_WHEEL"
  elif [ "$version" = "latest" ]; then
    what="pcc-conformance"
  else
    what="pcc-conformance==$version"
  fi
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$what" >&2
  echo "$venv/bin"
}

bin="$(install)"
export PATH="$bin:$PATH"
if [ "${args[0]:-}" = "run" ] && [[ " ${args[*]} " != *" --report-dir "* ]]; then
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
