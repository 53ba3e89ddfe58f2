# error: 2:8: No module named 'nosuch'
import nosuch
