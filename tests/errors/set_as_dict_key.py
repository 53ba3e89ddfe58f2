# error: 2:6: unhashable type: 'set'
d = {{1}: "a"}
