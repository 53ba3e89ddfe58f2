# f-strings with expressions inside braces: calls, indexing, conditionals, nested specs, !r, and = debug specifiers.


def name_of(n: int) -> str:
    return ["zero", "one", "two"][n] if 0 <= n < 3 else "many"


items = [3.14159, -2.0, 1e-3]
d = {"k": "v", "n": "é"}
x = 42
s = "hi"
print(f"{name_of(1)!r} {name_of(7).upper()} {len(items)} {items[0]:.2f} {items[-1]:.1e}")
print(f"{d['k']}{d['n']!r} {x if x > 40 else -x} {x // 5}r{x % 5} {'yes' if s else 'no'}")
print(f"{x=} {s=} {x * 2=} {s!r:>6} {items[1]=}")
print(f"{x = }, {s = }")
print(f"{x=:>6} {x=:#x} {items[0]=:.3f}")
print(f"{{literal}} {{{x}}} {'{'}{'}'}")
print(f"{'a' + 'b':*^8} {str(x) * 2} {[i * i for i in range(4)]} {sum(items):+.4f}")
for w in [1, 5, 9]:
    print(f"[{s:^{w}}] [{x:>{w}}] [{items[0]:{w}.{w // 3}f}]")
print(f"{None} {True!r} {False:>6} {-0.0} {1e20} {1e-7}")
print(f"{x:,} {x * 10 ** 6:,} {-1234.5:,.2f} {x:08.3f}")
q = "quote's"
print(f"{q!r}")
print(f"{'é'!r} {chr(233)}")
