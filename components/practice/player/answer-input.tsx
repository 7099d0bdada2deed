import type { Response } from "@/lib/domain/questions/content.ts";
import type { AnswerReveal, QuestionView } from "@/lib/domain/questions/view.ts";
import { countWord } from "../labels.ts";
import { ChoiceQuestion } from "./choice-question.tsx";
import { OrderingBuilder } from "./ordering-builder.tsx";
import { OrderingReveal } from "./ordering-reveal.tsx";
import { YesNoSeries } from "./yes-no-series.tsx";

type Props = {
  name: string;
  view: QuestionView;
  response: Response | null;
  reveal: AnswerReveal | null;
  locked: boolean;
  onChange: (response: Response | null) => void;
};

/** The answer area for any question type; with a reveal it shows the key and the rationale too. */
export function AnswerInput({ name, view, response, reveal, locked, onChange }: Props) {
  switch (view.type) {
    case "single":
    case "multiple":
      return <ChoiceQuestion name={name} view={view} response={response} reveal={reveal} locked={locked} onChange={onChange} />;
    case "yesno":
      return <YesNoSeries name={name} view={view} response={response} reveal={reveal} locked={locked} onChange={onChange} />;
    case "ordering":
      return reveal?.type === "ordering" ? (
        <OrderingReveal view={view} response={response} reveal={reveal} />
      ) : (
        <OrderingBuilder name={name} view={view} response={response} locked={locked} onChange={onChange} />
      );
  }
}

/** The instruction the real exam prints under the stem. */
export function instructionFor(view: QuestionView): string {
  switch (view.type) {
    case "single":
      return "Choose one answer.";
    case "multiple":
      return view.partialCredit ? `Choose ${countWord(view.selectCount)}. Each correct choice earns a point; a wrong one takes one away.`
        : `Choose ${countWord(view.selectCount)}.`;
    case "yesno":
      return "For each statement, choose Yes if it is true; otherwise choose No.";
    case "ordering":
      return `Put ${view.slots} of the actions in the order you would perform them.`;
  }
}
