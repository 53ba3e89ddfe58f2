# Passing asserts have no effect; the program ends normally.

x = 5
assert x == 5
assert x > 0, "positive"
assert "a" < "b", "strings compare"
assert True
print("all asserts passed")
