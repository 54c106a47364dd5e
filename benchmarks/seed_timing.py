"""Seed comparison timings for issue notes: python benchmarks/seed_timing.py

Cold start, then medians of 5 compares of the seed rewrite against one and four candidates
with every cache cleared between repeats, a cached re-compare, and the peak RSS.
"""
import time, statistics, resource
from pathlib import Path
t0=time.perf_counter()
from provenance import Comparer, Config
S=Path(__file__).resolve().parent.parent / 'seeds' / 'kim-putin'
rw=(S/'rewrite.txt').read_text(); names=['original.txt','distractor-1.txt','distractor-2.txt','distractor-3.txt']
texts=[(S/n).read_text() for n in names]
c=Comparer()
t1=time.perf_counter(); c.compare(rw,texts[:1]); t2=time.perf_counter()
print(f"import+load {t1-t0:.2f}s, first compare (1 original, cold: spaCy+model load) {t2-t1:.2f}s")
def med(f,n=5):
    ts=[]
    for _ in range(n):
        c._prepared.clear(); c.encoder.store.clear()
        a=time.perf_counter(); f(); ts.append(time.perf_counter()-a)
    return statistics.median(ts)
print(f"compare vs 1 original (no cache) median {med(lambda: c.compare(rw,texts[:1])):.3f}s")
print(f"compare vs 4 originals (no cache) median {med(lambda: c.compare(rw,texts)):.3f}s")
ts=[]
for _ in range(5):
    a=time.perf_counter(); c.compare(rw,texts); ts.append(time.perf_counter()-a)
print(f"re-compare vs 4 (cached) median {statistics.median(ts):.4f}s")
print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024:.0f} MB")
