/** A question an exporter could not write, or wrote with less than it holds. */
export type ExportNote = { id: string; reason: string };
