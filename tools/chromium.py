"""How the project starts Debian's `chromium`: the same flags for the browser tests,
the playground recorder and the audits.

Headless as root needs `--no-sandbox` and `--disable-gpu`; the rest keep the
browser from calling home, so nothing leaves the machine.
"""

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # Belt and braces: even a request the test did not see cannot reach a host.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
