# pull in components from files in the current directory to make imports cleaner
from .data import parks_data, facilities_data, special_data, boundary_data