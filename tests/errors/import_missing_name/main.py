# error: 2:20: cannot import name 'missing' from 'helper'
from helper import missing
