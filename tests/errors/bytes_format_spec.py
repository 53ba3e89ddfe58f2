# error: 3:9: unsupported format string passed to bytes.__format__
data = b"ab"
print(f"{data:>10}")
