# error: 6:5: unsupported: del of 'helper'
def helper() -> int:
    return 1


del helper
