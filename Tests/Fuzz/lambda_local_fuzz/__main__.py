"""python3 Tests/Fuzz/run.py --lambda-local .build/debug/lambda-local [--seed N|random] [--scale X]"""
import argparse
import os
import random
import sys

from . import runner


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lambda-local", default=".build/debug/lambda-local")
    parser.add_argument("--seed", default="1", help="an integer, or 'random' for a new one (printed)")
    parser.add_argument("--scale", type=float, default=1.0, help="cases per target, as a multiple of the default")
    parser.add_argument("--only", action="append", choices=sorted(runner.TARGETS), help="run only these targets")
    parser.add_argument("--case", type=int, help="run only this case index (with --only), to replay a failure")
    parser.add_argument("--log-dir", default=".build/fuzz")
    parser.add_argument("--deadline", type=float, default=600, help="stop starting cases after this many seconds")
    arguments = parser.parse_args()
    seed = random.SystemRandom().randrange(1 << 31) if arguments.seed == "random" else int(arguments.seed)
    print(f"fuzz: seed {seed}")
    ok = runner.run(os.path.abspath(arguments.lambda_local), seed, arguments.scale, arguments.only, arguments.case,
                    arguments.log_dir, arguments.deadline)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
