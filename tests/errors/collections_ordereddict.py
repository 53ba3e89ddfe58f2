# error: 2:25: cannot import name 'OrderedDict' from 'collections'
from collections import OrderedDict

d = OrderedDict()
