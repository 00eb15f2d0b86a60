ALTER TABLE "score_snapshots" ALTER COLUMN "evaluation" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluation_runs" ADD COLUMN "policy" json;--> statement-breakpoint
ALTER TABLE "score_snapshots" ADD COLUMN "facts" json;--> statement-breakpoint
ALTER TABLE "score_snapshots" ADD CONSTRAINT "score_snapshots_judged" CHECK ("score_snapshots"."evaluation" IS NOT NULL OR "score_snapshots"."facts" IS NOT NULL);