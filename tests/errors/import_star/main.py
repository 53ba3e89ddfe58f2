# error: 2:1: unsupported import: 'from ... import *'
from helper import *
