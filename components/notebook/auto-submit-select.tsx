"use client";

import type { ComponentProps } from "react";

/** A select that applies its form as soon as it changes (the form still has its own button without JavaScript). */
export function AutoSubmitSelect(props: ComponentProps<"select">) {
  return <select {...props} onChange={(e) => e.currentTarget.form?.requestSubmit()} />;
}
