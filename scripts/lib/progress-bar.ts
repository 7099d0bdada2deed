/** A one-line progress bar on stderr, redrawn in place; silent when stderr is not a terminal (CI logs, pipes). */
export function createProgressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const width = 30;
  let lastDrawn = -1;
  return {
    update(done: number, total: number) {
      if (!stream.isTTY || total <= 0) return;
      const filled = Math.round((done / total) * width);
      if (filled === lastDrawn && done !== total) return;
      lastDrawn = filled;
      stream.write(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`);
    },
    finish() {
      if (stream.isTTY && lastDrawn >= 0) stream.write("\n");
    },
  };
}
