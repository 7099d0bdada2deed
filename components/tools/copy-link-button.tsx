"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button.tsx";

/** Copies the page's address, which holds everything needed to show the same plan again. */
export function CopyLinkButton({ label = "Copy link" }: { label?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href.split("#")[0]!);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <Button type="button" variant="secondary" onClick={copy} aria-live="polite">
      {state === "copied" ? "Link copied" : state === "failed" ? "Copy the address bar instead" : label}
    </Button>
  );
}
