import sys

print("upload", sys.argv[1:])
