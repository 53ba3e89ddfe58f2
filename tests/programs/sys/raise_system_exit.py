# raise SystemExit(n) is sys.exit(n); except SystemExit can catch it, and
# except Exception does not.


def stop(code: int) -> None:
    raise SystemExit(code)


try:
    stop(5)
except Exception:
    print("not caught here")
except SystemExit as e:
    print("caught SystemExit:", e)
try:
    try:
        raise SystemExit("bye")
    except Exception:
        print("never")
except SystemExit:
    print("outer caught it")
print("exiting with 4")
raise SystemExit(4)
