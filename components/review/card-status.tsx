import type { CardDto } from "@/lib/server/review/dto.ts";
import { formatDay } from "./format.ts";
import { RetireButton } from "./retire-button.tsx";

/** Where the question stands in the learner's spaced repetition, with the retire switch. */
export function CardStatus({ card, timeZone }: { card: CardDto; timeZone: string }) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-300">
      <span>
        {card.retired ? (
          "Retired from your reviews."
        ) : (
          <>
            In your reviews: next on <time dateTime={card.due}>{formatDay(card.due, timeZone)}</time>
            {card.lapses > 0 ? ` · forgotten ${card.lapses}×` : ""}
          </>
        )}
      </span>
      <RetireButton cardId={card.id} retired={card.retired} compact />
    </div>
  );
}
