# every bytes error path, caught: CPython's exception types and messages
def attempt(label: str, data: bytes) -> None:
    try:
        print(label, data.decode())
    except UnicodeDecodeError as e:
        print(label, "UnicodeDecodeError:", e)

attempt("start", b"\xff")
attempt("start-mid", b"ok\x80")
attempt("continuation", b"a\xc3(")
attempt("continuation-3", b"\xe2\x28\xa1")
attempt("overlong", b"\xe0\x80\x80")
attempt("surrogate", b"\xed\xa0\x80")
attempt("end", b"ab\xe2\x82")
attempt("end-1", b"\xc3")
attempt("fine", b"caf\xc3\xa9")

data = b"abc"
try:
    print(data[3])
except IndexError as e:
    print("IndexError:", e)
try:
    print(data[-4])
except IndexError as e:
    print("IndexError:", e)
try:
    print(data[::0])
except ValueError as e:
    print("ValueError:", e)
try:
    print(256 in data)
except ValueError as e:
    print("ValueError:", e)
try:
    print(-1 in data)
except ValueError as e:
    print("ValueError:", e)
try:
    print(bytes([1, 256]))
except ValueError as e:
    print("ValueError:", e)
try:
    print(bytes([-1]))
except ValueError as e:
    print("ValueError:", e)
try:
    print(bytes(-2))
except ValueError as e:
    print("ValueError:", e)
try:
    print(data.index(b"z"))
except ValueError as e:
    print("ValueError:", e)
try:
    print(data.rindex(b"z"))
except ValueError as e:
    print("ValueError:", e)
try:
    print(data.count(300))
except ValueError as e:
    print("ValueError:", e)
try:
    print(data.split(b""))
except ValueError as e:
    print("ValueError:", e)
try:
    print(bytes.fromhex("0g"))
except ValueError as e:
    print("ValueError:", e)
try:
    print(bytes.fromhex("abc"))
except ValueError as e:
    print("ValueError:", e)
try:
    print("é€".encode("ascii"))
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    print("a€".encode("latin-1"))
except UnicodeError as e:
    print("UnicodeError:", e)
try:
    print(b"\xe9t\xe9".decode("ascii"))
except ValueError as e:
    print("ValueError:", e)
try:
    print(b"x".decode("utf-99"))
except LookupError as e:
    print("LookupError:", e)
try:
    print(b"\xff".decode())
except Exception as e:
    print(repr(e) == repr(e), str(e))
