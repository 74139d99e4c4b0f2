#!/usr/bin/env bash
# Install resconv with its development tools and convert the bundled example to every format.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install -q -e ".[dev]"
mkdir -p build/example
resconv convert examples/a-res-75-47.zh.md --to json,md,akn,docx,pdf -o build/example/
echo "converted examples/a-res-75-47.zh.md -> build/example/"
