#!/usr/bin/env python3
"""Entry point of the lambda-local fuzzer (see lambda_local_fuzz/)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from lambda_local_fuzz.__main__ import main  # noqa: E402

main()
