# sys.exit("message") prints the message to stderr and exits with status 1.
import sys


def fail(reason: str) -> None:
    print("about to fail")
    sys.exit("fatal: " + reason)


fail("config missing")
print("not reached")
