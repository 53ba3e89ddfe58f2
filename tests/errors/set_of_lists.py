# error: 3:6: unhashable type: 'list'
xs = [1, 2]
s = {xs, [3]}
