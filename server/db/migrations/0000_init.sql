CREATE TABLE "complaints" (
	"marketplace_id" text NOT NULL,
	"id" text NOT NULL,
	"seller_id" text NOT NULL,
	"order_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"text" text,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "complaints_marketplace_id_seller_id_id_pk" PRIMARY KEY("marketplace_id","seller_id","id")
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"marketplace_id" text NOT NULL,
	"id" text NOT NULL,
	"seller_id" text NOT NULL,
	"order_id" text,
	"channel" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"first_response_at" timestamp with time zone,
	"text" text,
	CONSTRAINT "contacts_marketplace_id_seller_id_id_pk" PRIMARY KEY("marketplace_id","seller_id","id")
);
--> statement-breakpoint
CREATE TABLE "marketplaces" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"policy" text NOT NULL,
	"currency" text NOT NULL,
	"language" text NOT NULL,
	"policy_overrides" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mystery_shops" (
	"marketplace_id" text NOT NULL,
	"id" text NOT NULL,
	"seller_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"score" real NOT NULL,
	"notes" text,
	CONSTRAINT "mystery_shops_marketplace_id_seller_id_id_pk" PRIMARY KEY("marketplace_id","seller_id","id")
);
--> statement-breakpoint
CREATE TABLE "nps_answers" (
	"marketplace_id" text NOT NULL,
	"id" text NOT NULL,
	"seller_id" text NOT NULL,
	"order_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"score" smallint NOT NULL,
	"comment" text,
	CONSTRAINT "nps_answers_marketplace_id_seller_id_id_pk" PRIMARY KEY("marketplace_id","seller_id","id")
);
--> statement-breakpoint
CREATE TABLE "order_items" (
	"marketplace_id" text NOT NULL,
	"order_id" text NOT NULL,
	"line_no" smallint NOT NULL,
	"seller_id" text NOT NULL,
	"sku" text NOT NULL,
	"model" text,
	"category" text NOT NULL,
	"qty" integer NOT NULL,
	"price" numeric(14, 2) NOT NULL,
	CONSTRAINT "order_items_marketplace_id_seller_id_order_id_line_no_pk" PRIMARY KEY("marketplace_id","seller_id","order_id","line_no")
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"marketplace_id" text NOT NULL,
	"id" text NOT NULL,
	"seller_id" text NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"promised_ship_by" timestamp with time zone,
	"shipped_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" text,
	"cancel_reason" text,
	"lost" boolean NOT NULL,
	"tracking" boolean NOT NULL,
	"total" numeric(14, 2) NOT NULL,
	"currency" text NOT NULL,
	CONSTRAINT "orders_marketplace_id_seller_id_id_pk" PRIMARY KEY("marketplace_id","seller_id","id")
);
--> statement-breakpoint
CREATE TABLE "returns" (
	"marketplace_id" text NOT NULL,
	"id" text NOT NULL,
	"seller_id" text NOT NULL,
	"order_id" text NOT NULL,
	"sku" text,
	"created_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"component" text,
	"refund" numeric(14, 2),
	"resolved_at" timestamp with time zone,
	CONSTRAINT "returns_marketplace_id_seller_id_id_pk" PRIMARY KEY("marketplace_id","seller_id","id")
);
--> statement-breakpoint
CREATE TABLE "review_comments" (
	"marketplace_id" text NOT NULL,
	"id" text NOT NULL,
	"review_id" text NOT NULL,
	"seller_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "review_comments_marketplace_id_id_pk" PRIMARY KEY("marketplace_id","id")
);
--> statement-breakpoint
CREATE TABLE "review_updates" (
	"marketplace_id" text NOT NULL,
	"id" text NOT NULL,
	"review_id" text NOT NULL,
	"seller_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"rating" smallint,
	"text" text,
	"removed" boolean NOT NULL,
	CONSTRAINT "review_updates_marketplace_id_id_pk" PRIMARY KEY("marketplace_id","id")
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"marketplace_id" text NOT NULL,
	"id" text NOT NULL,
	"seller_id" text NOT NULL,
	"order_id" text,
	"created_at" timestamp with time zone NOT NULL,
	"original_rating" smallint NOT NULL,
	"original_text" text,
	"rating" smallint NOT NULL,
	"text" text,
	"removed" boolean DEFAULT false NOT NULL,
	"lang" text,
	"author" text,
	"verified" boolean NOT NULL,
	"reasons" text[],
	"component" text,
	"sentiment" text,
	"confidence" real,
	"label_source" text,
	CONSTRAINT "reviews_marketplace_id_seller_id_id_pk" PRIMARY KEY("marketplace_id","seller_id","id")
);
--> statement-breakpoint
CREATE TABLE "sellers" (
	"marketplace_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"language" text NOT NULL,
	"category" text NOT NULL,
	"joined_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sellers_marketplace_id_id_pk" PRIMARY KEY("marketplace_id","id")
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" text PRIMARY KEY NOT NULL,
	"marketplace_id" text,
	"seller_id" text,
	"actor_user_id" text,
	"action" text NOT NULL,
	"subject" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "manager_assignments" (
	"user_id" text NOT NULL,
	"marketplace_id" text NOT NULL,
	"seller_id" text NOT NULL,
	CONSTRAINT "manager_assignments_user_id_marketplace_id_seller_id_pk" PRIMARY KEY("user_id","marketplace_id","seller_id")
);
--> statement-breakpoint
CREATE TABLE "seller_members" (
	"user_id" text NOT NULL,
	"marketplace_id" text NOT NULL,
	"seller_id" text NOT NULL,
	CONSTRAINT "seller_members_user_id_marketplace_id_seller_id_pk" PRIMARY KEY("user_id","marketplace_id","seller_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"marketplace_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "category_strategies" (
	"marketplace_id" text NOT NULL,
	"seller_id" text NOT NULL,
	"category" text NOT NULL,
	"repair_cost" real NOT NULL,
	"failure_cost" real NOT NULL,
	CONSTRAINT "category_strategies_marketplace_id_seller_id_category_pk" PRIMARY KEY("marketplace_id","seller_id","category")
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" text PRIMARY KEY NOT NULL,
	"marketplace_id" text NOT NULL,
	"seller_id" text NOT NULL,
	"order_id" text NOT NULL,
	"type" text NOT NULL,
	"state" text NOT NULL,
	"description" text,
	"photos" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"offer" jsonb,
	"amount" numeric(14, 2),
	"currency" text,
	"buyer_token_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"satisfaction" real
);
--> statement-breakpoint
CREATE TABLE "coaching_notes" (
	"id" text PRIMARY KEY NOT NULL,
	"marketplace_id" text NOT NULL,
	"seller_id" text NOT NULL,
	"author_id" text NOT NULL,
	"kind" text NOT NULL,
	"channel" text,
	"body" text NOT NULL,
	"lang" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drafts" (
	"id" text PRIMARY KEY NOT NULL,
	"marketplace_id" text NOT NULL,
	"seller_id" text NOT NULL,
	"review_id" text,
	"kind" text NOT NULL,
	"lang" text NOT NULL,
	"body" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enforcement_cases" (
	"id" text PRIMARY KEY NOT NULL,
	"marketplace_id" text NOT NULL,
	"seller_id" text NOT NULL,
	"state" text NOT NULL,
	"rule" text,
	"opened_at" timestamp with time zone NOT NULL,
	"excluded_at" timestamp with time zone,
	"re_review_due_at" timestamp with time zone,
	"letter_received_at" timestamp with time zone,
	"letter_answer_due_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"decision" text,
	"decision_reason" text,
	"decided_by" text,
	"checklist" jsonb
);
--> statement-breakpoint
CREATE TABLE "evaluation_runs" (
	"marketplace_id" text NOT NULL,
	"as_of" date NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"sellers" integer NOT NULL,
	"prior_rating" real NOT NULL,
	"peers" json NOT NULL,
	CONSTRAINT "evaluation_runs_marketplace_id_as_of_pk" PRIMARY KEY("marketplace_id","as_of")
);
--> statement-breakpoint
CREATE TABLE "label_corrections" (
	"id" text PRIMARY KEY NOT NULL,
	"marketplace_id" text NOT NULL,
	"seller_id" text NOT NULL,
	"review_id" text NOT NULL,
	"reasons" text[] NOT NULL,
	"component" text,
	"sentiment" text,
	"corrected_by" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_items" (
	"plan_id" text NOT NULL,
	"version" integer NOT NULL,
	"position" smallint NOT NULL,
	"marketplace_id" text NOT NULL,
	"seller_id" text NOT NULL,
	"reason" text NOT NULL,
	"problem" jsonb NOT NULL,
	"root_cause" text,
	"solution" text,
	"preventive_action" text,
	"owner" text,
	"due_at" date,
	"success_metric" text,
	"strategy" text,
	"text_lang" text,
	CONSTRAINT "plan_items_plan_id_version_position_pk" PRIMARY KEY("plan_id","version","position")
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"plan_id" text NOT NULL,
	"version" integer NOT NULL,
	"marketplace_id" text NOT NULL,
	"seller_id" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"review_note" text,
	CONSTRAINT "plan_versions_plan_id_version_pk" PRIMARY KEY("plan_id","version")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" text PRIMARY KEY NOT NULL,
	"marketplace_id" text NOT NULL,
	"seller_id" text NOT NULL,
	"case_id" text,
	"state" text NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "score_snapshots" (
	"marketplace_id" text NOT NULL,
	"seller_id" text NOT NULL,
	"as_of" date NOT NULL,
	"window_days" smallint NOT NULL,
	"status" text NOT NULL,
	"rule" text,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"technical" smallint,
	"delivery" smallint,
	"after_sales" smallint,
	"unresolved_negatives" integer DEFAULT 0 NOT NULL,
	"evaluation" json NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "score_snapshots_marketplace_id_seller_id_as_of_window_days_pk" PRIMARY KEY("marketplace_id","seller_id","as_of","window_days")
);
--> statement-breakpoint
CREATE INDEX "complaints_seller_created" ON "complaints" USING btree ("marketplace_id","seller_id","created_at");--> statement-breakpoint
CREATE INDEX "contacts_seller_created" ON "contacts" USING btree ("marketplace_id","seller_id","created_at");--> statement-breakpoint
CREATE INDEX "mystery_seller_created" ON "mystery_shops" USING btree ("marketplace_id","seller_id","created_at");--> statement-breakpoint
CREATE INDEX "nps_seller_created" ON "nps_answers" USING btree ("marketplace_id","seller_id","created_at");--> statement-breakpoint
CREATE INDEX "order_items_seller_model" ON "order_items" USING btree ("marketplace_id","seller_id","model");--> statement-breakpoint
CREATE INDEX "orders_id" ON "orders" USING btree ("marketplace_id","id");--> statement-breakpoint
CREATE INDEX "orders_seller_placed" ON "orders" USING btree ("marketplace_id","seller_id","placed_at");--> statement-breakpoint
CREATE INDEX "returns_seller_created" ON "returns" USING btree ("marketplace_id","seller_id","created_at");--> statement-breakpoint
CREATE INDEX "review_comments_review" ON "review_comments" USING btree ("marketplace_id","review_id");--> statement-breakpoint
CREATE INDEX "review_updates_review" ON "review_updates" USING btree ("marketplace_id","review_id","created_at");--> statement-breakpoint
CREATE INDEX "reviews_id" ON "reviews" USING btree ("marketplace_id","id");--> statement-breakpoint
CREATE INDEX "reviews_seller_created" ON "reviews" USING btree ("marketplace_id","seller_id","created_at");--> statement-breakpoint
CREATE INDEX "api_tokens_user" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_log_seller_at" ON "audit_log" USING btree ("marketplace_id","seller_id","at");--> statement-breakpoint
CREATE INDEX "manager_assignments_seller" ON "manager_assignments" USING btree ("marketplace_id","seller_id");--> statement-breakpoint
CREATE INDEX "claims_seller" ON "claims" USING btree ("marketplace_id","seller_id","created_at");--> statement-breakpoint
CREATE INDEX "coaching_notes_seller" ON "coaching_notes" USING btree ("marketplace_id","seller_id","at");--> statement-breakpoint
CREATE INDEX "drafts_review" ON "drafts" USING btree ("marketplace_id","seller_id","review_id");--> statement-breakpoint
CREATE INDEX "enforcement_cases_seller" ON "enforcement_cases" USING btree ("marketplace_id","seller_id","opened_at");--> statement-breakpoint
CREATE INDEX "label_corrections_review" ON "label_corrections" USING btree ("marketplace_id","review_id");--> statement-breakpoint
CREATE INDEX "plans_seller" ON "plans" USING btree ("marketplace_id","seller_id");--> statement-breakpoint
CREATE INDEX "score_snapshots_day" ON "score_snapshots" USING btree ("marketplace_id","as_of","status");