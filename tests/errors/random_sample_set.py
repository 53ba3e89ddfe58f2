# error: 4:15: Population must be a sequence.  For dicts or sets, use sorted(d).
import random

random.sample({1, 2, 3}, 2)
