/** The message loop of the file explainer's workers: { id, text } in, { id, report } or { id, error } out. */
export function serve(explain: (text: string) => unknown): void {
  self.onmessage = (e: MessageEvent<{ id: number; text: string }>) => {
    const { id, text } = e.data;
    try {
      self.postMessage({ id, report: explain(text) });
    } catch (err) {
      self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
    }
  };
}
