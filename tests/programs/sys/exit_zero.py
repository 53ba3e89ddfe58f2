# sys.exit(0) in the middle of module-level code is a clean exit.
import sys

print("before")
for i in range(5):
    print("step", i)
    if i == 2:
        sys.exit(0)
print("after (not reached)")
