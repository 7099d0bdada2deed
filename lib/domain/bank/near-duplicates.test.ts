import { describe, expect, it } from "vitest";
import { scenarioFor } from "@/tests/fixtures/bank.ts";
import { findNearDuplicates, NEAR_DUPLICATE_THRESHOLD, stemSimilarity } from "./near-duplicates.ts";

const AUTOSCALE = "You plan to deploy a web app to Azure App Service. The app must scale out automatically when CPU usage is high. Which App Service plan tier is the minimum that supports autoscale?";
const OPENING =
  "Contoso runs an e-commerce site on Azure App Service. Orders spike tenfold during sales events, and the operations team wants the site to keep responding without manual work.";

const policy = (name: string, prefix: string, archiveDays: number) => `A storage account has the following lifecycle management policy:

\`\`\`json
{
  "rules": [
    {
      "name": "${name}",
      "enabled": true,
      "type": "Lifecycle",
      "definition": {
        "filters": { "blobTypes": [ "blockBlob" ], "prefixMatch": [ "${prefix}" ] },
        "actions": {
          "baseBlob": {
            "tierToCool": { "daysAfterModificationGreaterThan": 30 },
            "tierToArchive": { "daysAfterModificationGreaterThan": ${archiveDays} }
          }
        }
      }
    }
  ]
}
\`\`\``;

describe("stem similarity", () => {
  it("flags a light paraphrase", () => {
    const paraphrase =
      "You are deploying a web app to Azure App Service. The app must scale out automatically when the CPU usage is high. What is the minimum App Service plan tier that supports autoscaling?";
    expect(stemSimilarity(AUTOSCALE, paraphrase)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });

  it("flags a copy with one word changed, and the same sentences in another order or wrapping", () => {
    expect(stemSimilarity(`${OPENING} Which tier supports autoscale?`, `${OPENING.replace("tenfold", "fivefold")} Which tier supports autoscale?`)).toBeGreaterThanOrEqual(
      NEAR_DUPLICATE_THRESHOLD,
    );
    expect(stemSimilarity("First sentence here. Second one there?", "Second one there?\nFirst sentence\nhere.")).toBe(1);
  });

  it("does not flag questions that only share their scenario opening", () => {
    const alert = `${OPENING}\n\nWhat should you configure to send an alert to the team when the HTTP 5xx rate exceeds 5 percent?`;
    expect(stemSimilarity(`${OPENING}\n\nWhich App Service plan tier is the minimum that supports autoscale?`, alert)).toBeLessThan(0.3);
  });

  it("does not flag two questions showing similar code with different values", () => {
    const a = `${policy("closed-claims", "claims/", 180)}\n\nFor each of the following statements, select Yes if the statement is true.`;
    const b = `${policy("age-raw-telemetry", "telemetry/raw", 90)}\n\nWhich two statements are true?`;
    expect(stemSimilarity(a, b)).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
  });

  it("scores unrelated stems low", () => {
    expect(
      stemSimilarity(
        "You need to grant a managed identity read access to secrets in Azure Key Vault. What should you configure?",
        "You need to route HTTP traffic across regions with a web application firewall. Which service should you use?",
      ),
    ).toBeLessThan(0.3);
  });
});

describe("findNearDuplicates", () => {
  it("finds the near-duplicate pair among many distinct stems, once", () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ id: `q-${i}`, text: `${scenarioFor(`q-${i}`)} What should you do?` }));
    items.push({ id: "copy", text: items[17]!.text.replace("What should you do?", "What should you do first?") });
    const pairs = findNearDuplicates(items);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([["q-17", "copy"]]);
    expect(pairs[0]!.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });

  it("finds a light paraphrase, and not the stems that share an opening", () => {
    const items = [
      { id: "autoscale", text: AUTOSCALE },
      { id: "paraphrase", text: AUTOSCALE.replace("You plan to deploy", "You are deploying").replace("Which App Service plan tier is the minimum", "What is the minimum App Service plan tier") },
      { id: "opening-1", text: `${OPENING}\n\nWhich App Service plan tier is the minimum that supports autoscale?` },
      { id: "opening-2", text: `${OPENING}\n\nWhat should you configure to send an alert when the HTTP 5xx rate exceeds 5 percent?` },
      ...Array.from({ length: 50 }, (_, i) => ({ id: `q-${i}`, text: scenarioFor(`q-${i}`) })),
    ];
    expect(findNearDuplicates(items).map((p) => [p.a, p.b])).toEqual([["autoscale", "paraphrase"]]);
  });

  it("finds identical stems even when the bank repeats them so often that no word is rare", () => {
    const items = Array.from({ length: 250 }, (_, i) => ({ id: `same-${String(i).padStart(3, "0")}`, text: AUTOSCALE }));
    const pairs = findNearDuplicates(items);
    expect(pairs).toHaveLength((250 * 249) / 2);
    expect(pairs[0]).toEqual({ a: "same-000", b: "same-001", similarity: 1 });
  });

  it("finds nothing in distinct stems", () => {
    expect(findNearDuplicates(Array.from({ length: 100 }, (_, i) => ({ id: `q-${i}`, text: scenarioFor(`q-${i}`) })))).toEqual([]);
  });
});
