-- AlterTable
ALTER TABLE "Exam" ADD COLUMN     "bankVersion" INTEGER NOT NULL DEFAULT 0;
