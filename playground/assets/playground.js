// The playground: a Run button under each example that runs in the browser.
// Python (Pyodide, served by this site) starts in a worker on the first press of
// Run, never before; one worker serves the whole page, one run at a time. Nothing
// else happens at load: one listener per event, for the whole page.
(() => {
  const workerUrl = new URL("worker.js", document.currentScript.src);
  let worker = null;
  let running = null; // the box whose example is running

  const codeOf = (box) => box.previousElementSibling.querySelector("code");
  const part = (box, name) => box.querySelector(`.overlap-run__${name}`);

  function setBusy(busy) {
    for (const button of document.querySelectorAll(".overlap-run__run")) {
      if (!running?.contains(button)) button.disabled = busy;
    }
  }

  function finish(box, text) {
    part(box, "status").textContent = text;
    part(box, "run").textContent = "Run";
    running = null;
    setBusy(false);
  }

  function append(output, text, className) {
    const span = document.createElement("span");
    if (className) span.className = className;
    span.textContent = text;
    output.append(span);
  }

  function run(box) {
    const output = part(box, "output");
    const status = part(box, "status");
    output.replaceChildren();
    output.hidden = false;
    status.textContent = worker
      ? "Running…"
      : `Starting Python in your browser (${box.dataset.download}, once)…`;
    part(box, "run").textContent = "Stop";
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
    worker.postMessage({ code: codeOf(box).textContent });
  }

  function stop(box) {
    worker.terminate();
    worker = null;
    finish(box, "Stopped. The next run starts Python again.");
  }

  function toggleEditing(box) {
    const button = part(box, "edit");
    const code = codeOf(box);
    const editing = button.getAttribute("aria-pressed") !== "true";
    box.original ??= code.innerHTML; // kept for Reset, from before the first edit
    button.setAttribute("aria-pressed", String(editing));
    code.contentEditable = editing ? "plaintext-only" : "false";
    code.spellcheck = false;
    if (editing) code.focus();
  }

  function reset(box) {
    codeOf(box).innerHTML = box.original;
    part(box, "reset").hidden = true;
  }

  document.addEventListener("click", ({ target }) => {
    const button = target.closest?.(".overlap-run button");
    if (!button) return;
    const box = button.parentElement;
    if (button.matches(".overlap-run__run")) running === box ? stop(box) : run(box);
    else if (button.matches(".overlap-run__edit")) toggleEditing(box);
    else if (button.matches(".overlap-run__reset")) reset(box);
  });
  document.addEventListener("input", ({ target }) => {
    const box = target.closest?.(".highlight")?.nextElementSibling;
    if (box?.matches(".overlap-run")) part(box, "reset").hidden = false;
  });
  for (const button of document.querySelectorAll(".overlap-run button[disabled]")) {
    button.disabled = false;
  }
})();
