"""pcc-conformance from Python: the binary the wheel installs, found wherever pip put it.

`pcc_conformance.binary()` is its path; `python -m pcc_conformance ARGS` runs it; the pytest plugin
(`pcc_conformance.pytest_plugin`, registered with pytest on install) runs its strict mock around tests.
"""
import os
import shutil
import sys
import sysconfig

__all__ = ["binary"]

_NAME = "pcc-conformance" + (".exe" if sys.platform == "win32" else "")


def binary() -> str:
    """The pcc-conformance executable: PCC_CONFORMANCE_BIN if set, else the one installed beside this
    package (the scripts folder of its environment, or of the user's), else the first on the PATH."""
    given = os.environ.get("PCC_CONFORMANCE_BIN")
    if given:
        return given
    candidates = [os.path.join(sysconfig.get_path("scripts"), _NAME)]
    user_scheme = sysconfig.get_preferred_scheme("user") if hasattr(sysconfig, "get_preferred_scheme") else None
    if user_scheme:
        candidates.append(os.path.join(sysconfig.get_path("scripts", user_scheme), _NAME))
    for path in candidates:
        if os.path.isfile(path):
            return path
    found = shutil.which("pcc-conformance")
    if found:
        return found
    raise FileNotFoundError(
        "the pcc-conformance executable was not found beside the package or on the PATH; "
        "reinstall the wheel (pip install pcc-conformance) or set PCC_CONFORMANCE_BIN"
    )
