# error: 3:1: 'bytes' object does not support item assignment
data = b"abc"
data[0] = 1
