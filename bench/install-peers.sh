#!/usr/bin/env bash
# Installs or builds the peers the benchmark harness (bench/run.py) compares Weft with.
# Idempotent: what is already there is kept, so a second run only checks.
#   - quickjs-runner and boa-runner: the cargo project bench/runners/ (its own workspace,
#     never part of Weft's; QuickJS's C source comes bundled in the rquickjs crate),
#     built in release mode into bench/runners/target/release/
#   - node: checked with `node --version`; installed with apt only when missing
#   - Bun: the npm package `bun` installed into bench/.peers/, its binary linked as
#     bench/.peers/bin/bun (found in the platform package @oven/bun-linux-*/bin/bun, or
#     node_modules/bun/bin/bun.exe when the postinstall script already put it there)
# Usage: bench/install-peers.sh [--no-bun] [--no-runners]
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PEERS="$BENCH/.peers"
want_bun=1
want_runners=1
for arg in "$@"; do
  case "$arg" in
    --no-bun) want_bun=0 ;;
    --no-runners) want_runners=0 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "install-peers: unknown option $arg" >&2; exit 2 ;;
  esac
done

status=0
say() { printf 'install-peers: %s\n' "$*"; }

# --- the runner crates -------------------------------------------------------------
if [ "$want_runners" = 1 ]; then
  if command -v cargo >/dev/null 2>&1; then
    say "building bench/runners (release; a no-op when up to date)"
    if cargo build --release --manifest-path "$BENCH/runners/Cargo.toml"; then
      for r in quickjs-runner boa-runner; do
        say "$r: $BENCH/runners/target/release/$r"
      done
    else
      say "building the runner crates FAILED"; status=1
    fi
  else
    say "cargo not found: quickjs-runner and boa-runner not built"; status=1
  fi
fi

# --- node ----------------------------------------------------------------------------
if ! command -v node >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    say "node missing: installing it with apt"
    SUDO=""
    [ "$(id -u)" != 0 ] && SUDO="sudo"
    $SUDO apt-get update && $SUDO apt-get install -y nodejs npm || { say "apt could not install node"; status=1; }
  else
    say "node missing and no apt-get"; status=1
  fi
fi
if command -v node >/dev/null 2>&1; then
  say "node $(node --version): $(command -v node)"
fi

# --- Bun -----------------------------------------------------------------------------
runs() { [ -f "$1" ] && [ -x "$1" ] && "$1" --version >/dev/null 2>&1; }
if [ "$want_bun" = 1 ]; then
  if runs "$PEERS/bin/bun"; then
    say "bun $("$PEERS/bin/bun" --version): $PEERS/bin/bun (already installed)"
  elif ! command -v npm >/dev/null 2>&1; then
    say "npm not found: Bun not installed"; status=1
  else
    mkdir -p "$PEERS/bin"
    if [ ! -d "$PEERS/node_modules/bun" ]; then
      say "npm install --prefix bench/.peers bun"
      npm install --prefix "$PEERS" --no-audit --no-fund bun || say "npm install bun reported an error"
    fi
    found=""
    # The platform packages (@oven/bun-linux-x64, -baseline, -musl, ...) hold the binary
    # unless the postinstall already moved it into node_modules/bun/bin/bun.exe; keep the
    # first candidate that runs on this CPU and libc.
    for cand in "$PEERS"/node_modules/@oven/bun-*/bin/bun "$PEERS"/node_modules/bun/bin/bun.exe; do
      if runs "$cand"; then found="$cand"; break; fi
    done
    if [ -n "$found" ]; then
      ln -sf "../${found#"$PEERS"/}" "$PEERS/bin/bun"
      say "bun $("$PEERS/bin/bun" --version): $PEERS/bin/bun -> $found"
    else
      say "no working Bun binary found under $PEERS/node_modules (postinstall blocked and no platform binary?)"
      status=1
    fi
  fi
fi

exit "$status"
