"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button.tsx";
import { cn } from "@/components/ui/cn.ts";
import { sendJson } from "@/lib/client/send-json.ts";
import { NOTE_MAX_LENGTH } from "@/lib/validation/review.ts";

/** The learner's own note on a question: write, edit, delete. */
export function NoteEditor({ questionId, note }: { questionId: string; note: { text: string } | null }) {
  const router = useRouter();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note?.text ?? "");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const url = `/api/notebook/notes/${encodeURIComponent(questionId)}`;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await sendJson(url, "PUT", { text });
    setPending(false);
    if (!result.ok) {
      setError(result.fieldErrors.text?.join(" ") ?? result.message);
      return;
    }
    setEditing(false);
    router.refresh();
  }

  async function remove() {
    setPending(true);
    setError(null);
    const result = await sendJson(url, "DELETE", {});
    setPending(false);
    if (!result.ok && result.status !== 404) {
      setError(result.message);
      return;
    }
    setText("");
    setEditing(false);
    router.refresh();
  }

  if (!editing) {
    return note ? (
      <div className="rounded-xl border border-amber-200 bg-amber-50/70 px-4 py-3 text-sm dark:border-amber-900 dark:bg-amber-950/30">
        <p className="text-xs font-semibold uppercase tracking-wide text-amber-800 dark:text-amber-300">Your note</p>
        <p className="mt-1 whitespace-pre-wrap text-slate-800 dark:text-slate-100">{note.text}</p>
        <div className="mt-2 flex gap-2">
          <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={() => setEditing(true)}>
            Edit note
          </Button>
          <Button type="button" variant="ghost" className="px-2 py-1 text-xs text-red-700 dark:text-red-400" onClick={remove} disabled={pending}>
            Delete note
          </Button>
        </div>
        {error && (
          <p role="alert" className="mt-1 text-red-600 dark:text-red-400">
            {error}
          </p>
        )}
      </div>
    ) : (
      <button type="button" onClick={() => setEditing(true)} className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
        + Add a note
      </button>
    );
  }

  const over = text.length > NOTE_MAX_LENGTH;
  return (
    <form onSubmit={save} className="space-y-2" noValidate>
      <label htmlFor={id} className="block text-sm font-medium">
        Your note
      </label>
      <textarea
        id={id}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={3}
        autoFocus
        aria-invalid={error || over ? true : undefined}
        aria-describedby={`${id}-count`}
        className={cn(
          "block w-full rounded-lg border bg-white px-3 py-2 text-sm shadow-sm dark:bg-slate-950",
          error || over ? "border-red-500" : "border-slate-300 dark:border-slate-700",
        )}
        placeholder="What will you remember next time?"
      />
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={pending} className="py-1.5 text-xs">
          {pending ? "Saving…" : "Save note"}
        </Button>
        <Button
          type="button"
          variant="ghost"
          className="py-1.5 text-xs"
          onClick={() => {
            setEditing(false);
            setText(note?.text ?? "");
            setError(null);
          }}
        >
          Cancel
        </Button>
        <span id={`${id}-count`} className={cn("ml-auto text-xs tabular-nums", over ? "text-red-600 dark:text-red-400" : "text-slate-500 dark:text-slate-400")}>
          {text.length} / {NOTE_MAX_LENGTH}
        </span>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </form>
  );
}
