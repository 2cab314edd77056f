import time

# A clock that can be adjusted (by NTP or an administrator) can make an interval
# come out too long, too short or even negative.
for name in ("time", "perf_counter"):
    clock = time.get_clock_info(name)
    print(f"time.{name}(): monotonic={clock.monotonic}, adjustable={clock.adjustable}")
    #> time.time(): monotonic=False, adjustable=True
    #> time.perf_counter(): monotonic=True, adjustable=False
