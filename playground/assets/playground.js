// The playground: a Run button under each example that runs in the browser.
// Python (Pyodide, served by this site) starts in a worker on the first press of
// Run, never before; one worker serves the whole page, one run at a time.
(() => {
  const workerUrl = new URL("worker.js", document.currentScript.src);
  const boxes = [...document.querySelectorAll(".overlap-run")];
  let worker = null;
  let running = null; // the box whose example is running

  function setBusy(busy) {
    for (const box of boxes) {
      if (box !== running) box.querySelector(".overlap-run__run").disabled = busy;
    }
  }

  function finish(box, text) {
    box.querySelector(".overlap-run__status").textContent = text;
    box.querySelector(".overlap-run__run").textContent = "Run";
    running = null;
    setBusy(false);
  }

  function append(output, text, className) {
    const span = document.createElement("span");
    if (className) span.className = className;
    span.textContent = text;
    output.append(span);
  }

  function run(box, code) {
    const output = box.querySelector(".overlap-run__output");
    const status = box.querySelector(".overlap-run__status");
    output.replaceChildren();
    output.hidden = false;
    status.textContent = worker
      ? "Running…"
      : `Starting Python in your browser (${box.dataset.download}, once)…`;
    box.querySelector(".overlap-run__run").textContent = "Stop";
    running = box;
    setBusy(true);
    worker ??= new Worker(workerUrl, { type: "module" });
    let started = performance.now();
    worker.onmessage = ({ data }) => {
      if (data.started) {
        status.textContent = "Running…";
        started = performance.now();
      } else if (data.stdout !== undefined) {
        append(output, data.stdout);
      } else if (data.stderr !== undefined) {
        append(output, data.stderr, "overlap-run__stderr");
      } else if (data.done) {
        box.overlapPrints = data.done.prints; // for the browser tests
        if (data.done.error) {
          append(output, data.done.error, "overlap-run__stderr");
          finish(box, "Stopped with an error.");
        } else {
          const seconds = (performance.now() - started) / 1000;
          finish(box, `Finished in ${seconds.toFixed(1)} s in your browser.`);
        }
      }
    };
    worker.postMessage({ code });
  }

  function stop(box) {
    worker.terminate();
    worker = null;
    finish(box, "Stopped. The next run starts Python again.");
  }

  for (const box of boxes) {
    const code = box.previousElementSibling.querySelector("code");
    const original = code.innerHTML;
    const runButton = box.querySelector(".overlap-run__run");
    const editButton = box.querySelector(".overlap-run__edit");
    const resetButton = box.querySelector(".overlap-run__reset");

    runButton.addEventListener("click", () =>
      running === box ? stop(box) : run(box, code.textContent),
    );
    editButton.addEventListener("click", () => {
      const editing = editButton.getAttribute("aria-pressed") !== "true";
      editButton.setAttribute("aria-pressed", String(editing));
      code.contentEditable = editing ? "plaintext-only" : "false";
      code.spellcheck = false;
      if (editing) code.focus();
    });
    code.addEventListener("input", () => {
      resetButton.hidden = false;
    });
    resetButton.addEventListener("click", () => {
      code.innerHTML = original;
      resetButton.hidden = true;
    });
    runButton.disabled = false;
    editButton.disabled = false;
  }
})();
