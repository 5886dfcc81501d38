#!/usr/bin/env bash
# From a fresh machine with Python 3.11 to a served demo store:
# install everything, generate the demo store, serve the API on http://127.0.0.1:8000/docs
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
.venv/bin/tradewinds demo-data --seed 7
.venv/bin/tradewinds search reindex   # build the search index now rather than on the first query
exec .venv/bin/tradewinds serve
