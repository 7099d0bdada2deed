"use client";

import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from "react";
import type { Response } from "@/lib/domain/questions/content.ts";
import type { QuestionView } from "@/lib/domain/questions/view.ts";
import { moveStep, placeStep, removeStep, sequenceOf } from "@/lib/client/attempt-response.ts";
import { cn } from "@/components/ui/cn.ts";
import { Markdown } from "@/components/ui/markdown.tsx";
import { optionLetter } from "../labels.ts";

type View = Extract<QuestionView, { type: "ordering" }>;
type Props = { name: string; view: View; response: Response | null; locked: boolean; onChange: (response: Response | null) => void };

/** Where keyboard focus goes after a change, so the learner never loses their place. */
type FocusTarget = { kind: "step" | "add"; id: string } | { kind: "sequence" } | null;

const DRAG_TYPE = "text/plain";
const small = "rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-semibold text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-200 dark:hover:bg-slate-800";

/**
 * Builds an answer sequence: add actions into the N slots, reorder them with the Up/Down buttons,
 * the arrow keys on a placed step, or drag and drop, and take them out again. Everything works
 * without a mouse; dragging is a shortcut, not a requirement.
 */
export function OrderingBuilder({ name, view, response, locked, onChange }: Props) {
  const sequence = sequenceOf(response);
  const textOf = new Map(view.options.map((o) => [o.id, o.text]));
  const letterOf = new Map(view.options.map((o, i) => [o.id, optionLetter(i)]));
  const candidates = view.options.filter((o) => !sequence.includes(o.id));
  const full = sequence.length >= view.slots;

  const [announcement, setAnnouncement] = useState("");
  const pendingFocus = useRef<FocusTarget>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);
  const refs = useRef(new Map<string, HTMLElement>());
  const sequenceRef = useRef<HTMLOListElement>(null);

  // Runs after the re-render a change causes, when the element to focus exists.
  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    const target = focus.kind === "sequence" ? sequenceRef.current : refs.current.get(`${focus.kind}:${focus.id}`);
    target?.focus();
  });

  const plain = (id: string) => (textOf.get(id) ?? "").replace(/[`*_]/g, "");

  function add(id: string, index?: number) {
    const next = placeStep(view, response, id, index);
    if (next === response) return;
    onChange(next);
    const at = sequenceOf(next).indexOf(id) + 1;
    setAnnouncement(`${plain(id)} placed as step ${at} of ${view.slots}.`);
    const nextCandidate = candidates.find((c) => c.id !== id);
    const nowFull = sequenceOf(next).length >= view.slots;
    pendingFocus.current = nextCandidate && !nowFull ? { kind: "add", id: nextCandidate.id } : { kind: "step", id };
  }

  function move(id: string, delta: number) {
    const next = moveStep(response, id, delta);
    if (next === response) return;
    onChange(next);
    setAnnouncement(`${plain(id)} moved to step ${sequenceOf(next).indexOf(id) + 1}.`);
    pendingFocus.current = { kind: "step", id };
  }

  function remove(id: string) {
    onChange(removeStep(response, id));
    setAnnouncement(`${plain(id)} taken out of the sequence.`);
    pendingFocus.current = { kind: "sequence" };
  }

  function onStepKey(event: KeyboardEvent<HTMLLIElement>, id: string) {
    if (event.target !== event.currentTarget || locked) return;
    if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      event.preventDefault();
      move(id, event.key === "ArrowUp" ? -1 : 1);
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      remove(id);
    }
  }

  // Drop targets name their slot in data-slot; the Actions list has none (dropping there takes a step out).
  function slotOf(element: HTMLElement): number | null {
    return element.dataset.slot === undefined ? null : Number(element.dataset.slot);
  }

  function onDragStart(event: DragEvent<HTMLElement>) {
    event.dataTransfer.setData(DRAG_TYPE, event.currentTarget.dataset.id ?? "");
    event.dataTransfer.effectAllowed = "move";
  }

  function onDragOver(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setDropIndex(slotOf(event.currentTarget));
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    event.stopPropagation();
    setDropIndex(null);
    const id = event.dataTransfer.getData(DRAG_TYPE);
    const index = slotOf(event.currentTarget);
    if (!textOf.has(id)) return;
    if (index === null) {
      if (sequence.includes(id)) remove(id);
      return;
    }
    add(id, Math.min(index, sequence.filter((s) => s !== id).length));
  }

  const draggable = locked ? {} : { draggable: true, onDragStart };
  const droppable = locked ? {} : { onDragOver, onDragLeave: () => setDropIndex(null), onDrop };

  const instructionsId = `${name}-instructions`;
  return (
    <div className="space-y-4">
      <p id={instructionsId} className="sr-only">
        On a placed step, the up and down arrow keys move it and Delete takes it out.
      </p>
      <section aria-labelledby={`${name}-actions`} className="rounded-xl border border-slate-200 bg-slate-50 p-3 dark:border-slate-800 dark:bg-slate-950/60" {...droppable}>
        <h3 id={`${name}-actions`} className="px-1 text-sm font-semibold text-slate-700 dark:text-slate-300">
          Actions
        </h3>
        {candidates.length === 0 ? (
          <p className="px-1 py-3 text-sm text-slate-500 dark:text-slate-400">Every action is placed.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {candidates.map((option) => (
              <li
                key={option.id}
                data-id={option.id}
                {...draggable}
                className={cn(
                  "flex items-start gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2.5 dark:border-slate-800 dark:bg-slate-900",
                  !locked && "cursor-grab active:cursor-grabbing",
                )}
              >
                <span aria-hidden="true" className="grid h-6 w-6 shrink-0 place-items-center rounded-md bg-slate-100 text-xs font-bold text-slate-600 dark:bg-slate-800 dark:text-slate-300">
                  {letterOf.get(option.id)}
                </span>
                <span className="min-w-0 flex-1 text-sm">
                  <Markdown inline>{option.text}</Markdown>
                </span>
                {!locked && (
                  <button
                    type="button"
                    ref={(el) => void (el ? refs.current.set(`add:${option.id}`, el) : refs.current.delete(`add:${option.id}`))}
                    onClick={() => add(option.id)}
                    disabled={full}
                    aria-label={`Add to sequence: ${plain(option.id)}`}
                    className={small}
                  >
                    Add
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {full && !locked && candidates.length > 0 && (
          <p className="mt-2 px-1 text-xs text-slate-500 dark:text-slate-400">All {view.slots} steps are filled. Remove one to use another action.</p>
        )}
      </section>

      <section aria-labelledby={`${name}-sequence`} className="rounded-xl border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
        <h3 id={`${name}-sequence`} className="px-1 text-sm font-semibold text-slate-700 dark:text-slate-300">
          Your sequence ({sequence.length} of {view.slots} steps)
        </h3>
        <ol ref={sequenceRef} tabIndex={-1} aria-labelledby={`${name}-sequence`} className="mt-2 space-y-2 focus:outline-none">
          {Array.from({ length: view.slots }, (_, index) => {
            const id = sequence[index];
            if (id === undefined) {
              return (
                <li
                  key={`slot-${index}`}
                  data-slot={index}
                  {...droppable}
                  className={cn(
                    "flex items-center gap-3 rounded-lg border-2 border-dashed px-3 py-2.5 text-sm text-slate-400 dark:text-slate-500",
                    dropIndex === index ? "border-brand-400 bg-brand-50 dark:bg-brand-950/40" : "border-slate-200 dark:border-slate-700",
                  )}
                >
                  <span className="grid h-6 w-6 shrink-0 place-items-center rounded-full border border-current text-xs font-bold">{index + 1}</span>
                  <span>Empty step</span>
                </li>
              );
            }
            return (
              <li
                key={id}
                ref={(el) => void (el ? refs.current.set(`step:${id}`, el) : refs.current.delete(`step:${id}`))}
                tabIndex={locked ? undefined : 0}
                aria-describedby={locked ? undefined : instructionsId}
                aria-label={`Step ${index + 1}: ${plain(id)}`}
                onKeyDown={(event) => onStepKey(event, id)}
                data-id={id}
                data-slot={index}
                {...draggable}
                {...droppable}
                className={cn(
                  "flex items-start gap-3 rounded-lg border px-3 py-2.5",
                  dropIndex === index ? "border-brand-400 bg-brand-50 dark:bg-brand-950/40" : "border-brand-200 bg-brand-50/60 dark:border-brand-900 dark:bg-brand-950/30",
                  !locked && "cursor-grab active:cursor-grabbing",
                )}
              >
                <span aria-hidden="true" className="grid h-6 w-6 shrink-0 place-items-center rounded-full bg-brand-600 text-xs font-bold text-white dark:bg-brand-400 dark:text-slate-950">
                  {index + 1}
                </span>
                <span className="min-w-0 flex-1 text-sm">
                  <Markdown inline>{textOf.get(id) ?? ""}</Markdown>
                </span>
                {!locked && (
                  <span className="flex shrink-0 flex-wrap justify-end gap-1">
                    <button type="button" onClick={() => move(id, -1)} disabled={index === 0} aria-label={`Move step ${index + 1} up`} className={small}>
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button
                      type="button"
                      onClick={() => move(id, 1)}
                      disabled={index === sequence.length - 1}
                      aria-label={`Move step ${index + 1} down`}
                      className={small}
                    >
                      <span aria-hidden="true">↓</span>
                    </button>
                    <button type="button" onClick={() => remove(id)} aria-label={`Remove step ${index + 1}`} className={small}>
                      Remove
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </section>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
