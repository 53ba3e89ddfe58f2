# KeyError from dict and set lookups carries the key itself.
ages: dict[str, int] = {"ann": 31}
for name in ["ann", "bob"]:
    try:
        print(ages[name])
    except KeyError as e:
        print("missing", e.args, e.args[0].upper(), str(e), repr(e))
try:
    del ages["zed"]
except KeyError as e:
    print(e.args, e)
try:
    ages.pop("it's")
except KeyError as e:
    print(e.args, e)
seen = {"a"}
try:
    seen.remove("b")
except KeyError as e:
    print(e.args[0], repr(e))
ages["x"] += 1
