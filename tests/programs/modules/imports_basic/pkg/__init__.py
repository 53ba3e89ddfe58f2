print("pkg init")
from . import util
