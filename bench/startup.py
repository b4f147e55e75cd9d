"""Cold start-up, run by ``bench/run.py`` in a fresh interpreter.

The times of ``import diplotext`` and ``Parser()`` are taken before anything else
is imported, so modules the benchmark itself uses (json, subprocess, ...) are not
already loaded and counted for nothing. Then the rest of the start-up section
(first parse, peak RSS over the corpus) runs as before, and one JSON line is
printed: ``python bench/startup.py [--corpus DIR] [--articles N]``.
"""

import sys
import time

c0 = time.process_time()
t0 = time.perf_counter()
import diplotext  # noqa: E402
from diplotext.parser import Parser  # noqa: E402

t1 = time.perf_counter()
c1 = time.process_time()
parser = Parser()
t2 = time.perf_counter()
c2 = time.process_time()

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import run  # noqa: E402  (bench/run.py, imported only now)

run.startup_rest(sys.argv[1:], diplotext.__version__, parser, (t0, t1, t2), (c0, c1, c2))
