// The playground's Python: Pyodide, in a worker so that a long computation or a
// `time.sleep` never freezes the page. Loaded on the first press of Run.
import { loadPyodide } from "../pyodide/pyodide.mjs";

const runtime = new URL("../pyodide/", import.meta.url).href;

async function start() {
  const pyodide = await loadPyodide({ indexURL: runtime });
  // One decoder per stream: a character's bytes may arrive in two writes.
  const stream = (name, decoder = new TextDecoder()) => ({
    write(bytes) {
      self.postMessage({ [name]: decoder.decode(bytes, { stream: true }) });
      return bytes.length;
    },
  });
  pyodide.setStdout(stream("stdout"));
  pyodide.setStderr(stream("stderr"));
  const source = await (await fetch(new URL("run_example.py", import.meta.url))).text();
  pyodide.FS.writeFile("/home/pyodide/run_example.py", source);
  return pyodide.pyimport("run_example").run;
}

const ready = start();

self.onmessage = async ({ data }) => {
  try {
    const run = await ready;
    self.postMessage({ started: true });
    // callPromising: asyncio.run() may then wait for the browser's event loop.
    const result = await run.callPromising(data.code);
    self.postMessage({ done: result.toJs({ dict_converter: Object.fromEntries }) });
    result.destroy();
  } catch (error) {
    self.postMessage({ done: { prints: [], error: String(error) } });
  }
};
