"""Run wrk (https://github.com/wg/wrk) and read its figures; install it when missing."""

import os
import re
import shutil
import subprocess

# What a browser sends: WhiteNoise then serves the Brotli or gzip file.
ACCEPT = {"Accept-Encoding": "br, gzip"}


def ensure_wrk():
    if shutil.which("wrk"):
        return shutil.which("wrk")
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("wrk is missing: installing the Debian package (apt-get install -y wrk)...")
        subprocess.run(["apt-get", "install", "-y", "wrk"], check=False,
                       stdout=subprocess.DEVNULL)  # fmt: skip
        if shutil.which("wrk"):
            return shutil.which("wrk")
    raise SystemExit(
        "wrk is needed: install it with `sudo apt-get install wrk` (Debian/Ubuntu) "
        "or `brew install wrk` (macOS), then run `make bench` again."
    )


def parse_duration(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def run_wrk(wrk, port, path, seconds, connections, headers=(), script=None):
    cmd = [wrk, "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for name, value in {**ACCEPT, **dict(headers)}.items():
        cmd += ["-H", f"{name}: {value}"]
    if script:
        cmd += ["-s", script]
    out = subprocess.run([*cmd, f"http://127.0.0.1:{port}{path}"], capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = parse_duration(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = parse_duration(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: (.*)", out)
    return {"rps": rps, "p50": p50, "p99": p99, "non2xx": int(bad.group(1)) if bad else 0,
            "socket": errors.group(1) if errors else ""}  # fmt: skip
