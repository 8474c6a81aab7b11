#!/bin/sh
set -eu
echo "rolling back $1"
