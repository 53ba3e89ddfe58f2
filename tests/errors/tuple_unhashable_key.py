# error: 2:6: unhashable type: 'list'
d = {([1], 2): "x"}
