# error: 2:24: startswith first arg must be str or a tuple of str, not list
print("abc".startswith(["a"]))
