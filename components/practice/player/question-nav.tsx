import { Button } from "@/components/ui/button.tsx";

type Props = {
  canCheck: boolean;
  checkDisabled: boolean;
  checking: boolean;
  previous: number | null;
  next: number | null;
  locked: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onCheck: () => void;
  onFinish: () => void;
};

/** Previous · Check answer (immediate feedback) · Next, or "Review and submit" after the last question. */
export function QuestionNav({ canCheck, checkDisabled, checking, previous, next, locked, onPrevious, onNext, onCheck, onFinish }: Props) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <Button type="button" variant="secondary" onClick={onPrevious} disabled={previous === null || locked} aria-keyshortcuts="ArrowLeft">
        <span aria-hidden="true">←</span> Previous
      </Button>
      <div className="flex flex-wrap items-center gap-3">
        {canCheck && (
          <Button type="button" variant="secondary" onClick={onCheck} disabled={checkDisabled} aria-keyshortcuts="Enter" className="border-brand-400 text-brand-700 dark:border-brand-500 dark:text-brand-200">
            {checking ? "Checking…" : "Check answer"}
          </Button>
        )}
        {next !== null ? (
          <Button type="button" onClick={onNext} disabled={locked} aria-keyshortcuts="ArrowRight">
            Next <span aria-hidden="true">→</span>
          </Button>
        ) : (
          <Button type="button" onClick={onFinish} disabled={locked}>
            Review and submit
          </Button>
        )}
      </div>
    </div>
  );
}
