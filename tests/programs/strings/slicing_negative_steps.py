# string slicing with negative and large steps, clamped bounds, unicode code points, and repeat/concat.


def every(s: str, k: int) -> list[str]:
    return [s[i::k] for i in range(k)]


s = "abcdefghij"
print(s[::-1], s[::-2], s[-2::-3], s[8:1:-2], s[1:8:100], s[::11])
print(s[-100:3], s[7:100], s[5:2], s[-3:-1], s[-1:-3], s[0:0] == "")
print(every(s, 3), every("ab", 5))
u = "añb€c𝄞d"
print(len(u), u[::-1], u[1], u[5], u[-2], u[1:6:2], [c for c in u])
print(ord(u[5]), chr(0x1D11E) == u[5], u[3] + u[1] * 3)
print("ab" * 3, "ab" * 0, "" * 5, "-" * -2, 3 * "x")
print("abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc", "é" > "z", "10" < "9")
p = "racecar"
print(p == p[::-1], p[:len(p) // 2], p[len(p) // 2 + 1:][::-1])
t = ""
for ch in "hello":
    t = ch + t
print(t, t[1:-1], t[-1] + t[0])
w = "slice"
print([w[:i] for i in range(len(w) + 1)])
print([w[i:] for i in range(-2, 3)])
print(w[len(w):], w[-len(w)], w[len(w) - 1])
print("x" in "", "" in "x", "" in "", "ab" in "cab", "ba" not in "cab")
