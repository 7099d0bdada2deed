// The practice engine's assembly entry point: exam forms and quizzes share one result shape.
export { assembleExam, DEFAULT_MAX_CASE_STUDIES, type AssembleExamInput, type ExamFilters } from "./assemble-exam.ts";
export { assembleQuiz, type AssembleQuizInput } from "./assemble-quiz.ts";
export type { AssembledItem, AssemblyResult, DifficultyRange, PoolQuestion, Shortfall } from "./pool.ts";
