"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { SelectField } from "@/components/tools/select-field.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import type { ImportFormat } from "@/lib/domain/bank/formats/import-types.ts";
import type { AuthoringExamDto } from "@/lib/server/authoring/dto.ts";
import type { ImportReportDto } from "@/lib/server/authoring/import-upload.ts";
import { ImportReport } from "./import-report.tsx";
import { TextAreaField } from "./text-area-field.tsx";

const FORMATS: { value: ImportFormat; label: string; extensions: string[] }[] = [
  { value: "gift", label: "Moodle GIFT (.gift, .txt)", extensions: ["gift", "txt"] },
  { value: "markdown", label: "Markdown checklist (.md)", extensions: ["md", "markdown"] },
  { value: "moodle-xml", label: "Moodle XML (.xml)", extensions: [] },
  { value: "qti", label: "QTI 3.0 items (.xml)", extensions: [] },
  { value: "csv", label: "CSV (.csv)", extensions: ["csv"] },
  { value: "native", label: "PassPath bank YAML (.yaml)", extensions: ["yaml", "yml"] },
];

type Outcome = { report: ImportReportDto | null; message: string | null; fieldErrors: Record<string, string[]> };

/** Upload → dry run report → commit the very same files and settings. Any change to them asks for a new dry run. */
export function ImportForm({ exams }: { exams: AuthoringExamDto[] }) {
  const router = useRouter();
  const [files, setFiles] = useState<File[]>([]);
  const [format, setFormat] = useState<ImportFormat>("gift");
  const [examCode, setExamCode] = useState(exams[0]?.code ?? "");
  const [skillAreaKey, setSkillAreaKey] = useState("");
  const [mapping, setMapping] = useState("");
  const [skipUnsupported, setSkipUnsupported] = useState(false);
  const [pending, setPending] = useState<"dry" | "commit" | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ report: null, message: null, fieldErrors: {} });
  const exam = exams.find((e) => e.code === examCode);
  const reset = () => setOutcome({ report: null, message: null, fieldErrors: {} });

  async function send(dryRun: boolean) {
    setPending(dryRun ? "dry" : "commit");
    const body = new FormData();
    for (const file of files) body.append("files", file);
    Object.entries({ format, examCode, skillAreaKey, mapping, skipUnsupported: String(skipUnsupported), dryRun: String(dryRun) }).forEach(([k, v]) => body.append(k, v));
    let response: Response;
    try {
      response = await fetch("/api/author/import", { method: "POST", body });
    } catch {
      setPending(null);
      setOutcome({ report: null, message: "You appear to be offline. Check your connection and try again.", fieldErrors: {} });
      return;
    }
    const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    setPending(null);
    if ("added" in data) {
      setOutcome({ report: data as unknown as ImportReportDto, message: null, fieldErrors: {} });
      if (!dryRun && response.ok) router.refresh();
    } else {
      setOutcome({ report: null, message: typeof data.message === "string" ? data.message : "The import failed.", fieldErrors: (data.fieldErrors as Record<string, string[]>) ?? {} });
    }
  }

  function onFiles(list: FileList | null) {
    const chosen = [...(list ?? [])];
    setFiles(chosen);
    const extension = chosen[0]?.name.split(".").pop()?.toLowerCase() ?? "";
    const guess = FORMATS.find((f) => f.extensions.includes(extension));
    if (guess) setFormat(guess.value);
    reset();
  }

  const report = outcome.report;
  const canCommit = report?.ok === true && report.dryRun && !pending;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} noValidate className="space-y-5 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900 sm:p-6" aria-label="Import questions">
        {outcome.message && (
          <Alert tone="error">
            {outcome.message}
            {Object.entries(outcome.fieldErrors).filter(([k]) => k !== "mapping" && k !== "files").map(([k, v]) => (
              <span key={k} className="block">
                {k}: {v.join(" ")}
              </span>
            ))}
          </Alert>
        )}
        <div className="space-y-1.5">
          <label htmlFor="import-files" className="block text-sm font-medium text-slate-800 dark:text-slate-200">
            Files
          </label>
          <input
            id="import-files"
            type="file"
            multiple
            onChange={(e) => onFiles(e.target.files)}
            className="block w-full text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-brand-600 file:px-3 file:py-2 file:text-sm file:font-semibold file:text-white dark:file:bg-brand-500 dark:file:text-slate-950"
          />
          {outcome.fieldErrors.files && <p className="text-sm text-red-600 dark:text-red-400">{outcome.fieldErrors.files.join(" ")}</p>}
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField label="Format" name="format" value={format} onChange={(e) => (setFormat(e.target.value as ImportFormat), reset())} options={FORMATS.map((f) => ({ value: f.value, label: f.label }))} />
          <SelectField
            label="Exam"
            name="examCode"
            value={examCode}
            onChange={(e) => (setExamCode(e.target.value), setSkillAreaKey(""), reset())}
            options={exams.map((e) => ({ value: e.code, label: `${e.code} · ${e.title}` }))}
          />
          <SelectField
            label="Default skill area"
            name="skillAreaKey"
            value={skillAreaKey}
            onChange={(e) => (setSkillAreaKey(e.target.value), reset())}
            options={[{ value: "", label: "None — use the mapping" }, ...(exam?.skillAreas ?? []).map((a) => ({ value: a.key, label: a.name }))]}
          />
        </div>
        <TextAreaField
          label="Mapping (optional)"
          name="mapping"
          rows={3}
          value={mapping}
          errors={outcome.fieldErrors.mapping}
          placeholder={"Develop for Azure storage = storage\n$course$/top/AZ-204/Compute = compute"}
          hint={`One "category = skill-area-id" a line: a GIFT or XML category, a Markdown section heading or a CSV skill_area value. Skill areas of ${examCode}: ${(exam?.skillAreas ?? []).map((a) => a.key).join(", ")}.`}
          onChange={(e) => (setMapping(e.target.value), reset())}
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={skipUnsupported} onChange={(e) => (setSkipUnsupported(e.target.checked), reset())} className="h-4 w-4 accent-brand-600" />
          Skip question kinds PassPath cannot represent (essay, numerical, matching …) instead of refusing the file
        </label>
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
          <Button type="submit" disabled={pending !== null || files.length === 0}>
            {pending === "dry" ? "Checking…" : "Dry run"}
          </Button>
          <Button type="button" variant="secondary" disabled={!canCommit} onClick={() => void send(false)}>
            {pending === "commit" ? "Importing…" : "Commit import"}
          </Button>
          <p className="text-xs text-slate-500 dark:text-slate-400">All or nothing: with any error, nothing is written.</p>
        </div>
      </form>
      {report && <ImportReport report={report} />}
    </div>
  );
}
