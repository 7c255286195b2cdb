"""`python -m pcc_conformance ARGS`: the same as `pcc-conformance ARGS`."""
import os
import subprocess
import sys

from . import binary


def main() -> int:
    exe = binary()
    if os.name == "posix":
        os.execv(exe, [exe, *sys.argv[1:]])
    return subprocess.call([exe, *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
