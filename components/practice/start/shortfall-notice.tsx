import { Button } from "@/components/ui/button.tsx";
import type { Shortfall } from "@/lib/client/attempt-api.ts";

type Props = {
  requested: number;
  nearestPossibleTotal: number;
  shortfall: Shortfall[];
  areaNames: Map<string, string>;
  pending: boolean;
  onAccept: () => void;
};

/** The bank cannot fill the full exam yet: say where it falls short and offer the largest form it can fill. */
export function ShortfallNotice({ requested, nearestPossibleTotal, shortfall, areaNames, pending, onAccept }: Props) {
  return (
    <div role="alert" className="rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-100">
      <p className="font-semibold">Our question bank cannot fill a full {requested}-question exam yet.</p>
      {shortfall.length > 0 && (
        <ul className="mt-2 list-disc space-y-0.5 pl-5">
          {shortfall.map((s) => (
            <li key={s.skillAreaKey}>
              {areaNames.get(s.skillAreaKey) ?? s.skillAreaKey}: {s.available} of the {s.wanted} questions the outline asks for
            </li>
          ))}
        </ul>
      )}
      {nearestPossibleTotal > 0 ? (
        <>
          <p className="mt-2">
            The nearest form that still follows the skills outline has {nearestPossibleTotal} questions, with the time scaled to match.
          </p>
          <Button type="button" className="mt-3" onClick={onAccept} disabled={pending}>
            {pending ? "Starting…" : `Start the nearest possible form (${nearestPossibleTotal} questions)`}
          </Button>
        </>
      ) : (
        <p className="mt-2">There are not enough questions to build any form of this exam yet. Try a practice quiz instead.</p>
      )}
    </div>
  );
}
