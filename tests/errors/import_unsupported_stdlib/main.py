# error: 2:8: unsupported import: module 'os'
import os
