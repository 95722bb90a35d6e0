# pull in components from files in the current directory to make imports cleaner

from .bar_chart import update_bar_chart
from .map import update_map
from .modal import update_park_info
