#!/usr/bin/env python3
"""Start-up of an emulator build: milliseconds from spawning the process to its "Ready." line and to the first 200 from
/_emulator/health, and its idle RSS then; median and max of N runs.

  python3 benchmarks/startup.py [-n 10] -- dotnet Emulator/bin/Release/net10.0/Emulator.dll
  python3 benchmarks/startup.py -- ./artifacts/image/Emulator
  python3 benchmarks/startup.py --probe / --no-ready-line -- dotnet ceiling.dll --urls http://127.0.0.1:{port}   (a peer)
"""
import argparse, socket, statistics, subprocess, sys, time, urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def one_run(command, probe, ready_line):
    port = free_port()
    arguments = [part.replace("{port}", str(port)) for part in command]
    if not any("{port}" in part for part in command):
        arguments += ["--port", str(port)]
    start = time.perf_counter()
    process = subprocess.Popen(arguments, stdout=subprocess.PIPE if ready_line else subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True)
    try:
        ready = None
        if ready_line:
            for line in process.stdout:
                if line.strip() == "Ready.":
                    ready = (time.perf_counter() - start) * 1000
                    break
            if ready is None:
                raise SystemExit(f"{' '.join(arguments)} exited with {process.wait()} before printing Ready.")
        while True:
            if process.poll() is not None:
                raise SystemExit(f"{' '.join(arguments)} exited with {process.returncode}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{probe}", timeout=1) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.002)
        healthy = (time.perf_counter() - start) * 1000
        time.sleep(0.5)
        return ready, healthy, rss_mb(process.pid)
    finally:
        process.terminate()
        process.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=10)
    parser.add_argument("--probe", default="/_emulator/health", help="the path whose first 200 counts")
    parser.add_argument("--no-ready-line", action="store_true", help="for programs that print no Ready. line")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="{port} in it is replaced; without it, --port N is added")
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    runs = [one_run(command, args.probe, not args.no_ready_line) for _ in range(args.n)]
    for name, index in (("Ready. line", 0), (f"first 200 from {args.probe}", 1)):
        values = [run[index] for run in runs if run[index] is not None]
        if not values:
            continue
        print(f"{name}: median {statistics.median(values):.0f} ms, max {max(values):.0f} ms")
    print(f"idle RSS after ready: median {statistics.median(run[2] for run in runs):.1f} MB")


if __name__ == "__main__":
    sys.exit(main())
