/** What the start screens need to know about an exam (a slice of the catalog's ExamDto). */
export type PracticeExam = {
  code: string;
  slug: string;
  title: string;
  questionCount: number;
  durationMinutes: number;
  passMark: number;
  publishedQuestions: number;
  skillAreas: { key: string; name: string; weightMin: number; weightMax: number }[];
};

export type PracticeMode = "EXAM" | "PRACTICE" | "DRILL" | "CUSTOM";
