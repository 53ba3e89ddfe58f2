# An uncaught ValueError from time.sleep.
import time

print("before")
time.sleep(-0.5)
print("not reached")
