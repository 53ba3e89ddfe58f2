# error: 2:7: unsupported syntax: printf-style '%' formatting of bytes
print(b"%d items" % 3)
