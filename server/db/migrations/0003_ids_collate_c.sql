-- Identifiers compare byte by byte whatever the database locale: one ALTER per table, so each table's indexes
-- are rebuilt once.
ALTER TABLE "complaints" ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "order_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "contacts" ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "order_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "marketplaces" ALTER COLUMN "id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "mystery_shops" ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "nps_answers" ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "order_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "order_items" ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "order_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "orders" ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "returns" ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "order_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "review_comments" ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "review_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "review_updates" ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "review_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "reviews" ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "order_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "sellers" ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "api_tokens" ALTER COLUMN "user_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "actor_user_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "manager_assignments" ALTER COLUMN "user_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "seller_members" ALTER COLUMN "user_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "category_strategies" ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "claims" ALTER COLUMN "id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "order_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "coaching_notes" ALTER COLUMN "id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "author_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "drafts" ALTER COLUMN "id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "review_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "enforcement_cases" ALTER COLUMN "id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "evaluation_runs" ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "label_corrections" ALTER COLUMN "id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "review_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "plan_items" ALTER COLUMN "plan_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "plan_versions" ALTER COLUMN "plan_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "plans" ALTER COLUMN "id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "case_id" SET DATA TYPE text COLLATE "C";
--> statement-breakpoint
ALTER TABLE "score_snapshots" ALTER COLUMN "marketplace_id" SET DATA TYPE text COLLATE "C", ALTER COLUMN "seller_id" SET DATA TYPE text COLLATE "C";
