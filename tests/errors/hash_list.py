# error: 2:7: unhashable type: 'list'
print(hash([1]))
