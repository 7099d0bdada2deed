import { describe, expect, it } from "vitest";
import type { NormalisedQuestion } from "../normalise-question.ts";
import { az204, blocking, nativeFixtureBank } from "./fixtures/fixture-files.ts";
import { parseQti } from "./parse-qti.ts";
import { toQti } from "./to-qti.ts";

const bank = nativeFixtureBank();
const visible = (q: NormalisedQuestion) => ({ id: q.id, topic: q.topic, type: q.type, stem: q.stem, content: q.content, explanation: q.explanation, references: q.references });
const roundTrip = (q: NormalisedQuestion) => parseQti(toQti(q), az204(`${q.skillAreaKey}/${q.id}.xml`));

describe("toQti", () => {
  it.each(bank.questions.map((q) => [q.id, q.type, q] as const))("round-trips %s (%s): stem, options, key, whys, explanation, references", (_, __, question) => {
    const back = roundTrip(question);
    expect(blocking(back)).toEqual([]);
    expect(back.questions.map(visible)).toEqual([visible(question)]);
  });

  it("writes a choice interaction with the correct response and inline feedback", () => {
    const xml = toQti(bank.questions.find((q) => q.id === "fmt-compute-001")!);
    expect(xml).toContain('<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>A</qti-value></qti-correct-response>');
    expect(xml).toContain('<qti-choice-interaction response-identifier="RESPONSE" shuffle="false" max-choices="1">');
    expect(xml).toContain(`<qti-simple-choice identifier="B">Consumption<qti-feedback-inline outcome-identifier="FEEDBACK" identifier="B" show-hide="show">It doesn't support`);
    expect(xml).toContain("rptemplates/match_correct.xml");
  });

  it("scores partial credit with map_response, and ordering with the placed steps only", () => {
    const partial = toQti(bank.questions.find((q) => q.id === "fmt-compute-002")!);
    expect(partial).toContain('<qti-map-entry map-key="A" mapped-value="1"/>');
    expect(partial).toContain('<qti-map-entry map-key="C" mapped-value="-1"/>');
    expect(partial).toContain("rptemplates/map_response.xml");
    const ordering = toQti(bank.questions.find((q) => q.id === "fmt-compute-004")!);
    expect(ordering).toContain('cardinality="ordered" base-type="identifier"><qti-correct-response><qti-value>A</qti-value><qti-value>B</qti-value><qti-value>C</qti-value>');
    expect(ordering).toContain('min-choices="3" max-choices="3"');
  });

  it("writes a yes/no series as one Yes/No choice interaction per statement, scored one point each", () => {
    const xml = toQti(bank.questions.find((q) => q.id === "fmt-compute-003")!);
    expect(xml.match(/<qti-choice-interaction /g)).toHaveLength(2);
    expect(xml).toContain('<qti-response-declaration identifier="RESPONSE_B" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>B_NO</qti-value>');
    expect(xml).toContain('<qti-match><qti-variable identifier="RESPONSE_A"/><qti-correct identifier="RESPONSE_A"/></qti-match>');
  });
});
