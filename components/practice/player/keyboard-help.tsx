const KEYS: [string, string][] = [
  ["1–9 or A–E", "choose an option (Yes/No: answer a statement; ordering: place or take out an action)"],
  ["← →", "previous / next question"],
  ["↑ ↓", "move between options"],
  ["F", "flag for review"],
  ["Enter", "check the answer (when feedback is on), otherwise next question"],
  ["↑ ↓ / Delete", "on a placed step: move it / take it out"],
];

export function KeyboardHelp() {
  return (
    <details className="rounded-2xl border border-slate-200 bg-white p-4 text-sm shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <summary className="cursor-pointer font-semibold">Keyboard shortcuts</summary>
      <dl className="mt-3 space-y-2">
        {KEYS.map(([key, what]) => (
          <div key={key} className="flex gap-3">
            <dt className="w-24 shrink-0">
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs dark:border-slate-700 dark:bg-slate-800">{key}</kbd>
            </dt>
            <dd className="text-slate-600 dark:text-slate-300">{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
