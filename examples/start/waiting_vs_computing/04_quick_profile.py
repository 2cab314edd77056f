import cProfile
import pstats
import time
from pstats import SortKey


def fetch_report() -> bytes:
    time.sleep(0.8)  # waiting: stands in for a slow download
    return bytes(range(256)) * 3_500


def checksum(data: bytes) -> int:
    total = 0
    for byte in data:  # computing: one Python step per byte
        total = (total * 31 + byte) % 65_521
    return total


def build_report() -> int:
    return checksum(fetch_report())


with cProfile.Profile() as profiler:
    build_report()

# Sort by the time spent inside each function itself, calls to others excluded.
profile = pstats.Stats(profiler).sort_stats(SortKey.TIME).get_stats_profile()
for name, function in list(profile.func_profiles.items())[:2]:
    share = function.tottime / profile.total_tt
    print(f"{name}: {share:.0%} of the run")
    #> <built-in method time.sleep>: 96% of the run
    #> checksum: 4% of the run
