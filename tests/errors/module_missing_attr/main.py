# error: 3:7: module 'helper' has no attribute 'missing'
import helper
print(helper.missing())
