# This module has only comments and a docstring-free pass statement.
# It must compile and print nothing.

pass
