#!/usr/bin/env bash
# Quick start (1): install what is missing, build, and start the app. With no account set up, the
# app opens on its built-in sandbox.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/install-deps.sh"
BUILD_DIR=${BUILD_DIR:-$here/build} "$here/scripts/build.sh"
exec "${BUILD_DIR:-$here/build}/bin/vainu-webhooks" "$@"
