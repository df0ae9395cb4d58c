"""One lock around every call into MuPDF.

PyMuPDF is not thread-safe and releases the GIL while MuPDF works, so two threads
(the page view's renderer, an import, an action on the GUI thread) could run
inside MuPDF at once. Every function of this floor takes this lock, one page at
a time, so that long work interleaves with rendering instead of blocking it.
"""

from __future__ import annotations

import threading

MUPDF = threading.RLock()
