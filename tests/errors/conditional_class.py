# error: 4:11: class 'Point' is defined inside a compound statement
import sys
if len(sys.argv) > 5:
    class Point:
        pass
