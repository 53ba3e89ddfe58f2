# A log-file analyser written as a lazy pipeline: generators parse lines,
# map/filter transform them, dict(zip(...)) builds lookup tables.
from typing import Iterator

LOG = """2024-01-01 10:00:01 INFO  web-1 GET /index 200 12ms
2024-01-01 10:00:02 WARN  web-2 GET /search 200 950ms
2024-01-01 10:00:03 ERROR web-1 POST /login 500 30ms
# a comment line
2024-01-01 10:00:04 INFO  web-3 GET /index 200 8ms

2024-01-01 10:00:05 ERROR web-2 GET /search 503 1200ms
2024-01-01 10:00:06 INFO  web-1 GET /about 404 5ms
2024-01-01 10:00:07 DEBUG web-3 GET /index 200 7ms"""


def lines(text: str) -> Iterator[str]:
    for line in text.splitlines():
        yield line


def records(raw: Iterator[str]) -> Iterator[tuple[str, str, str, int, int]]:
    for line in raw:
        parts = line.split()
        level, host, path = parts[2], parts[3], parts[5]
        yield level, host, path, int(parts[6]), int(parts[7].removesuffix("ms"))


def is_entry(line: str) -> bool:
    return bool(line.strip()) and not line.startswith("#")


entries = list(records(filter(is_entry, lines(LOG))))
print(len(entries), "entries")

levels = ["DEBUG", "INFO", "WARN", "ERROR"]
severity = dict(zip(levels, range(len(levels))))
print(severity)

serious = filter(lambda r: severity[r[0]] >= severity["WARN"], entries)
for level, host, path, status, ms in serious:
    print(f"{level:<5} {host} {path} -> {status}")

durations = map(lambda r: r[4], entries)
print("total ms:", sum(durations))
print("slowest:", max(map(lambda r: r[4], entries)))

hosts = sorted(set(map(lambda r: r[1], entries)))
counts = dict(zip(hosts, map(lambda h: sum(1 for r in entries if r[1] == h), hosts)))
print(counts)

errors_by_path: dict[str, int] = dict()
for level, host, path, status, ms in entries:
    if status >= 500:
        errors_by_path[path] = errors_by_path.get(path, 0) + 1
print(errors_by_path)

first_error = next(filter(lambda r: r[0] == "ERROR", entries), ("", "", "", 0, 0))
print("first error:", first_error)
print("any 404:", 404 in map(lambda r: r[3], entries))
codes = iter(sorted(set(r[3] for r in entries)))
print("lowest code:", next(codes), "others:", list(codes))
print(",".join(map(str, filter(lambda ms: ms > 100, map(lambda r: r[4], entries)))))
