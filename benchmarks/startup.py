#!/usr/bin/env python3
"""Start-up of an emulator build: milliseconds from spawning the process to its "Ready." line and to the first 200 from
/_emulator/health, and its idle RSS then; median and max of N runs.

  python3 benchmarks/startup.py [-n 10] -- dotnet Emulator/bin/Release/net10.0/Emulator.dll
  python3 benchmarks/startup.py -- ./publish-aot/Emulator
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


def one_run(command):
    port = free_port()
    start = time.perf_counter()
    process = subprocess.Popen(command + ["--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        ready = None
        for line in process.stdout:
            if line.strip() == "Ready.":
                ready = (time.perf_counter() - start) * 1000
                break
        if ready is None:
            raise SystemExit(f"{' '.join(command)} exited with {process.wait()} before printing Ready.")
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_emulator/health", timeout=1) as response:
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
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    runs = [one_run(command) for _ in range(args.n)]
    for name, index in (("Ready. line", 0), ("first health 200", 1)):
        values = [run[index] for run in runs]
        print(f"{name}: median {statistics.median(values):.0f} ms, max {max(values):.0f} ms")
    print(f"idle RSS after ready: median {statistics.median(run[2] for run in runs):.1f} MB")


if __name__ == "__main__":
    sys.exit(main())
