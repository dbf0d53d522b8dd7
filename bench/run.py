#!/usr/bin/env python3
"""Weft's benchmark harness: runs every program in bench/programs/ on every peer that is
installed and prints a table of wall times and ratios.

    python3 bench/run.py                      # every program, every engine, 3 repetitions
    python3 bench/run.py --reps 5 --only ray  # programs whose name contains "ray"
    python3 bench/run.py --engines weft,quickjs --no-threads
    python3 bench/run.py --json > results.json

Engines (a column is "n/a" when the engine is missing; bench/install-peers.sh installs
the peers):
    weft          target/release/weft (or --weft PATH / $WEFT_BIN), run as `weft run FILE`;
                  --build-weft first runs `cargo build --release -p weft-engine`
    quickjs       bench/runners/target/release/quickjs-runner FILE  (QuickJS via rquickjs)
    boa           bench/runners/target/release/boa-runner FILE      (boa_engine 0.22)
    node-jitless  node --jitless FILE   (V8's interpreter only)
    node          node FILE
    bun           bench/.peers/bin/bun FILE (or bun on PATH)

Sequential programs (bench/programs/*.js) run on every engine. Threaded programs
(bench/programs/threads/*.js) use Weft's threads API and run on weft with 1 and 2 threads
(the harness prepends `var BENCH_THREADS = n;` to a copy in bench/.work/); their
worker_threads twins (bench/programs/threads/node/*.js, argument 1 or 2) run on
node-jitless, node and bun.

Each run's time is the wall time of the whole process (start-up included); the table
shows the minimum over the repetitions. Every program prints a line `checksum X`; the
harness checks it against bench/programs/checksums.txt (the answer node, QuickJS, boa
and Bun agree on) and marks a cell that printed anything else with `!`, a failed run
(non-zero exit) with `error`, and a run over the time limit with `timeout`.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PROGRAMS = BENCH / "programs"
THREADED = PROGRAMS / "threads"
TWINS = THREADED / "node"
WORK = BENCH / ".work"
CHECKSUMS = PROGRAMS / "checksums.txt"

SEQ_ENGINES = ["weft", "quickjs", "boa", "node-jitless", "node", "bun"]
THREAD_ENGINES = ["weft", "node-jitless", "node", "bun"]


# --------------------------------------------------------------------------------------
# engines


def find_engines(args) -> dict[str, list[str] | None]:
    """The command prefix of each engine, or None when it is not installed."""
    engines: dict[str, list[str] | None] = {}
    weft = args.weft or os.environ.get("WEFT_BIN") or str(ROOT / "target" / "release" / "weft")
    engines["weft"] = [weft, "run"] if _executable(weft) else None
    for name in ("quickjs", "boa"):
        path = BENCH / "runners" / "target" / "release" / f"{name}-runner"
        engines[name] = [str(path)] if _executable(path) else None
    node = shutil.which("node")
    engines["node-jitless"] = [node, "--jitless"] if node else None
    engines["node"] = [node] if node else None
    bun = BENCH / ".peers" / "bin" / "bun"
    bun_path = str(bun) if _executable(bun) else shutil.which("bun")
    engines["bun"] = [bun_path] if bun_path else None
    return engines


def _executable(path) -> bool:
    p = Path(path)
    return p.is_file() and os.access(p, os.X_OK)


def engine_versions(engines) -> dict[str, str]:
    versions = {}
    for name, cmd in engines.items():
        if cmd is None:
            versions[name] = "n/a"
        elif name in ("node", "node-jitless", "bun"):
            versions[name] = _first_line([cmd[0], "--version"])
        elif name == "weft":
            versions[name] = _first_line([cmd[0], "--version"]) or cmd[0]
        else:
            crate = {"quickjs": "rquickjs", "boa": "boa_engine"}[name]
            versions[name] = f"{crate} {_locked_version(crate)}"
    return versions


def _first_line(cmd) -> str:
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=20)
        return (r.stdout or r.stderr).strip().splitlines()[0] if (r.stdout or r.stderr).strip() else ""
    except (OSError, subprocess.TimeoutExpired):
        return ""


def _locked_version(crate: str) -> str:
    lock = BENCH / "runners" / "Cargo.lock"
    try:
        lines = lock.read_text().splitlines()
    except OSError:
        return "?"
    for i, line in enumerate(lines):
        if line.strip() == f'name = "{crate}"' and i + 1 < len(lines):
            return lines[i + 1].split('"')[1]
    return "?"


# --------------------------------------------------------------------------------------
# running one process


class Run:
    def __init__(self, wall, cpu, code, checksum, stderr, timed_out):
        self.wall = wall
        self.cpu = cpu
        self.code = code
        self.checksum = checksum
        self.stderr = stderr
        self.timed_out = timed_out


def run_once(cmd: list[str], timeout: float) -> Run:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    outputs: dict[str, bytes] = {}

    def read(name, stream):
        outputs[name] = stream.read()

    readers = [
        threading.Thread(target=read, args=("out", proc.stdout)),
        threading.Thread(target=read, args=("err", proc.stderr)),
    ]
    for r in readers:
        r.start()
    timed_out = threading.Event()

    def kill():
        timed_out.set()
        proc.kill()

    timer = threading.Timer(timeout, kill)
    timer.start()
    # wait4 rather than Popen.wait: it also gives the child's CPU time (user + system),
    # which tells how much of a threaded run was parallel.
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)
    for r in readers:
        r.join()
    proc.stdout.close()
    proc.stderr.close()
    out = outputs.get("out", b"").decode("utf-8", "replace")
    err = outputs.get("err", b"").decode("utf-8", "replace")
    checksum = None
    for line in out.splitlines():
        if line.startswith("checksum "):
            checksum = line[len("checksum ") :].strip()
    return Run(wall, usage.ru_utime + usage.ru_stime, proc.returncode, checksum, err, timed_out.is_set())


class Cell:
    """The result of one (program, engine[, threads]) over the repetitions."""

    def __init__(self):
        self.walls: list[float] = []
        self.cpus: list[float] = []
        self.checksums: set[str] = set()
        self.status = "ok"  # ok | error | timeout | n/a
        self.detail = ""
        self.mismatch = False

    @property
    def best(self):
        return min(self.walls) if self.walls and self.status == "ok" else None

    @property
    def best_cpu(self):
        if not self.walls or self.status != "ok":
            return None
        return self.cpus[self.walls.index(min(self.walls))]

    @property
    def min_cpu(self):
        """The least CPU time (user + system) over the repetitions: on a loaded machine
        the steadier measure, since waiting for a core costs wall time but no CPU time."""
        if not self.cpus or self.status != "ok":
            return None
        return min(self.cpus)

    def add(self, run: Run):
        if run.timed_out:
            self.status, self.detail = "timeout", f"killed after {run.wall:.0f} s"
        elif run.code != 0:
            self.status = "error"
            self.detail = f"exit {run.code}: " + " ".join(run.stderr.strip().splitlines()[:2])[:300]
        else:
            self.walls.append(run.wall)
            self.cpus.append(run.cpu)
            self.checksums.add(run.checksum if run.checksum is not None else "<none>")

    def to_json(self):
        return {
            "status": self.status,
            "best_s": self.best,
            "cpu_s": self.best_cpu,
            "min_cpu_s": self.min_cpu,
            "cpus_s": self.cpus,
            "times_s": self.walls,
            "checksums": sorted(self.checksums),
            "checksum_ok": self.status == "ok" and not self.mismatch,
            "detail": self.detail,
        }


def measure_all(jobs: dict, keys: list, reps: int, timeout: float) -> dict:
    """Runs each job `reps` times, the engines taking turns within each repetition (so a
    change in the machine's load affects them alike). Keys without a job are n/a."""
    cells = {}
    for k in keys:
        cells[k] = Cell()
        if k not in jobs:
            cells[k].status = "n/a"
    for i in range(reps):
        for k in keys:
            if k in jobs and cells[k].status == "ok":
                label = k if isinstance(k, str) else f"{k[0]} {k[1]}t"
                print(f"  {label} [{i + 1}/{reps}]", file=sys.stderr, flush=True)
                cells[k].add(run_once(jobs[k], timeout))
    return cells


# --------------------------------------------------------------------------------------
# checksums


def load_expected() -> dict[str, str]:
    expected = {}
    if CHECKSUMS.exists():
        for line in CHECKSUMS.read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                name, value = line.split(None, 1)
                expected[name] = value.strip()
    return expected


def check(cells: list[Cell], expected: str | None) -> str | None:
    """Marks the cells whose checksum differs; returns the answer they were checked against."""
    answer = expected
    if answer is None:  # no recorded answer: the most common one among the engines
        votes: dict[str, int] = {}
        for c in cells:
            for s in c.checksums:
                votes[s] = votes.get(s, 0) + 1
        answer = max(votes, key=votes.get) if votes else None
    for c in cells:
        if c.status == "ok" and c.checksums != {answer}:
            c.mismatch = True
    return answer


# --------------------------------------------------------------------------------------
# formatting


def fmt_time(cell: Cell) -> str:
    if cell.status != "ok":
        return cell.status
    t = cell.best
    s = f"{t:.3f}" if t < 10 else f"{t:.2f}"
    return s + ("!" if cell.mismatch else "")


def fmt_ratio(x) -> str:
    if x is None:
        return "–"
    return f"{x:.2f}×" if x < 100 else f"{x:.0f}×"


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def table(header: list[str], rows: list[list[str]], align_right_from=1) -> str:
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]

    def line(cells):
        out = []
        for i, c in enumerate(cells):
            out.append(c.rjust(widths[i]) if i >= align_right_from else c.ljust(widths[i]))
        return "| " + " | ".join(out) + " |"

    sep = "|" + "|".join(("-" * (w + 1) + ":") if i >= align_right_from else "-" * (w + 2) for i, w in enumerate(widths)) + "|"
    return "\n".join([line(header), sep] + [line(r) for r in rows])


# --------------------------------------------------------------------------------------
# main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=3, help="repetitions per cell; the minimum is kept (default 3)")
    ap.add_argument("--only", default="", help="only programs whose name contains this")
    ap.add_argument("--engines", default="", help="comma-separated subset of: " + ", ".join(SEQ_ENGINES))
    ap.add_argument("--no-threads", action="store_true", help="skip the threaded programs")
    ap.add_argument("--no-seq", action="store_true", help="skip the sequential programs")
    ap.add_argument("--timeout", type=float, default=180, help="seconds before a run is killed (default 180)")
    ap.add_argument("--weft", help="path of the weft binary (default target/release/weft or $WEFT_BIN)")
    ap.add_argument("--build-weft", action="store_true", help="run `cargo build --release -p weft-engine` first")
    ap.add_argument("--json", action="store_true", help="print the results as JSON instead of tables")
    ap.add_argument("--save", metavar="FILE", help="also write the results as JSON to FILE")
    args = ap.parse_args()
    if args.reps < 1:
        ap.error("--reps must be at least 1")

    if args.build_weft:
        print("building weft: cargo build --release -p weft-engine", file=sys.stderr)
        r = subprocess.run(["cargo", "build", "--release", "-p", "weft-engine"], cwd=ROOT)
        if r.returncode != 0:
            print("cargo build failed; the weft column will say n/a if no binary exists", file=sys.stderr)

    engines = find_engines(args)
    if args.engines:
        wanted = [e.strip() for e in args.engines.split(",") if e.strip()]
        unknown = [e for e in wanted if e not in SEQ_ENGINES]
        if unknown:
            ap.error("unknown engine(s): " + ", ".join(unknown))
        engines = {k: (v if k in wanted else None) for k, v in engines.items()}
    versions = engine_versions(engines)
    expected = load_expected()

    started = datetime.datetime.now(datetime.timezone.utc)
    meta = {
        "date": started.strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{os.cpu_count()} cores, {_cpu_model()}, {platform.system()} {platform.release()}",
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "reps": args.reps,
        "engines": versions,
    }

    seq_results: dict[str, dict[str, Cell]] = {}
    if not args.no_seq:
        for prog in sorted(PROGRAMS.glob("*.js")):
            name = prog.stem
            if args.only not in name:
                continue
            print(f"{name}", file=sys.stderr)
            jobs = {eng: engines[eng] + [str(prog)] for eng in SEQ_ENGINES if engines[eng] is not None}
            row = measure_all(jobs, SEQ_ENGINES, args.reps, args.timeout)
            check(list(row.values()), expected.get(name))
            seq_results[name] = row

    thr_results: dict[str, dict[str, dict[int, Cell]]] = {}
    if not args.no_threads:
        WORK.mkdir(exist_ok=True)
        for prog in sorted(THREADED.glob("*.js")):
            name = prog.stem
            if args.only not in name:
                continue
            print(f"{name} (threads)", file=sys.stderr)
            twin = TWINS / prog.name
            jobs = {}
            for eng in THREAD_ENGINES:
                cmd = engines[eng]
                if cmd is None or (eng != "weft" and not twin.exists()):
                    continue
                for n in (1, 2):
                    if eng == "weft":
                        copy = WORK / f"{name}.{n}t.js"
                        copy.write_text(f"var BENCH_THREADS = {n};\n" + prog.read_text())
                        jobs[(eng, n)] = cmd + [str(copy)]
                    else:
                        jobs[(eng, n)] = cmd + [str(twin), str(n)]
            keys = [(e, n) for e in THREAD_ENGINES for n in (1, 2)]
            flat = measure_all(jobs, keys, args.reps, args.timeout)
            row: dict[str, dict[int, Cell]] = {e: {n: flat[(e, n)] for n in (1, 2)} for e in THREAD_ENGINES}
            check([c for per in row.values() for c in per.values()], expected.get("threads/" + name))
            thr_results[name] = row

    doc = {
        "meta": meta,
        "sequential": {p: {e: c.to_json() for e, c in row.items()} for p, row in seq_results.items()},
        "threads": {
            p: {e: {str(n): c.to_json() for n, c in per.items()} for e, per in row.items()}
            for p, row in thr_results.items()
        },
    }
    if args.save:
        Path(args.save).write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    if args.json:
        json.dump(doc, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0 if all_ok(seq_results, thr_results) else 1

    print(f"Measured {meta['date']} on {meta['machine']}; load average at start "
          f"{', '.join(str(x) for x in meta['load_average_at_start'])}; "
          f"minimum of {args.reps} run(s); times in seconds (whole process).")
    print("Engines: " + "; ".join(f"{k} = {v}" for k, v in versions.items()))
    print()
    if seq_results:
        print(render_seq(seq_results, engines))
        print()
        print(render_seq(seq_results, engines, metric="cpu"))
        print()
    if thr_results:
        print(render_threads(thr_results))
        print()
    problems = describe_problems(seq_results, thr_results)
    if problems:
        print("Problems:")
        for p in problems:
            print("  " + p)
    return 0 if all_ok(seq_results, thr_results) else 1


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def render_seq(results, engines, metric="wall") -> str:
    """The sequential table by wall time (`best`, the minimum over the repetitions) or
    by CPU time (`min_cpu`, the least user + system time over the repetitions)."""
    base = "weft" if engines.get("weft") is not None else "quickjs"
    present = [e for e in SEQ_ENGINES]
    unit = "s" if metric == "wall" else "cpu s"

    def val(cell):
        return cell.best if metric == "wall" else cell.min_cpu

    def fmt(cell):
        if metric == "wall" or cell.status != "ok":
            return fmt_time(cell)
        t = cell.min_cpu
        return (f"{t:.3f}" if t < 10 else f"{t:.2f}") + ("!" if cell.mismatch else "")

    header = ["program"] + [f"{e} {unit}" for e in present] + [f"{e}/{base}" for e in present if e != base]
    rows = []
    complete = [p for p, row in results.items() if all(val(row[e]) is not None or row[e].status == "n/a" for e in present)]
    for prog, row in results.items():
        cells = [prog] + [fmt(row[e]) for e in present]
        b = val(row[base])
        for e in present:
            if e == base:
                continue
            t = val(row[e])
            r = t / b if (t is not None and b is not None) else None
            cells.append(fmt_ratio(r))
        rows.append(cells)
    # geometric mean over the programs every present engine finished
    gm_cells = [f"geomean ({len(complete)})"]
    gms = {}
    for e in present:
        ts = [val(results[p][e]) for p in complete if val(results[p][e]) is not None]
        gms[e] = geomean(ts) if len(ts) == len(complete) and ts else None
        gm_cells.append(f"{gms[e]:.3f}" if gms[e] is not None else "–")
    for e in present:
        if e == base:
            continue
        gm_cells.append(fmt_ratio(gms[e] / gms[base]) if gms[e] is not None and gms[base] is not None else "–")
    rows.append(gm_cells)
    what = "wall time" if metric == "wall" else "CPU time (user + system, least over the repetitions)"
    note = (f"Ratios are each engine's {what} divided by {base}'s (above 1: slower than {base}). "
            f"`!` = wrong checksum, n/a = engine not installed.")
    title = "Sequential programs, wall time" if metric == "wall" else "Sequential programs, CPU time"
    return title + "\n\n" + table(header, rows) + "\n\n" + note


def render_threads(results) -> str:
    header = ["program"]
    for e in THREAD_ENGINES:
        header += [f"{e} 1t", f"{e} 2t", f"{e} 1t/2t"]
    rows = []
    for prog, row in results.items():
        cells = [prog]
        for e in THREAD_ENGINES:
            c1, c2 = row[e][1], row[e][2]
            cells += [fmt_time(c1), fmt_time(c2)]
            cells.append(fmt_ratio(c1.best / c2.best) if c1.best and c2.best else "–")
        rows.append(cells)
    note = ("weft runs the program itself with 1 and 2 threads; node-jitless, node and bun run "
            "its worker_threads twin with 1 and 2 workers. 1t/2t is the speed-up of 2 threads "
            "over 1 (above 1: faster with 2).")
    return "Threaded programs (times in seconds)\n\n" + table(header, rows) + "\n\n" + note


def describe_problems(seq, thr) -> list[str]:
    out = []
    for prog, row in seq.items():
        for e, c in row.items():
            out += _problem(prog, e, c)
    for prog, row in thr.items():
        for e, per in row.items():
            for n, c in per.items():
                out += _problem(f"threads/{prog}", f"{e} {n}t", c)
    return out


def _problem(prog, eng, c: Cell) -> list[str]:
    if c.status in ("error", "timeout"):
        return [f"{prog} on {eng}: {c.status} ({c.detail})"]
    if c.mismatch:
        return [f"{prog} on {eng}: checksum {', '.join(sorted(c.checksums))} differs from the expected one"]
    return []


def all_ok(seq, thr) -> bool:
    cells = [c for row in seq.values() for c in row.values()]
    cells += [c for row in thr.values() for per in row.values() for c in per.values()]
    return all(c.status in ("ok", "n/a") and not c.mismatch for c in cells)


if __name__ == "__main__":
    sys.exit(main())
