CREATE TABLE "claim_answers" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"marketplace_id" text COLLATE "C" NOT NULL,
	"seller_id" text COLLATE "C" NOT NULL,
	"claim_id" text COLLATE "C" NOT NULL,
	"answer" text NOT NULL,
	"amount" numeric(14, 2),
	"note" text,
	"by_user_id" text COLLATE "C",
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claim_photos" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"marketplace_id" text COLLATE "C" NOT NULL,
	"seller_id" text COLLATE "C" NOT NULL,
	"claim_id" text COLLATE "C" NOT NULL,
	"file" text NOT NULL,
	"mime" text NOT NULL,
	"bytes" integer NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shop_keys" (
	"marketplace_id" text COLLATE "C" NOT NULL,
	"seller_id" text COLLATE "C" NOT NULL,
	"public_key" text NOT NULL,
	"allowed_origins" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shop_keys_marketplace_id_seller_id_pk" PRIMARY KEY("marketplace_id","seller_id")
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "buyer_email_hash" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "buyer_phone_hash" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "problem" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "line_no" smallint;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "sku" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "price" numeric(14, 2);--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "months" smallint;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "lang" text;--> statement-breakpoint
CREATE INDEX "claim_answers_claim" ON "claim_answers" USING btree ("marketplace_id","seller_id","claim_id","at");--> statement-breakpoint
CREATE INDEX "claim_photos_claim" ON "claim_photos" USING btree ("marketplace_id","seller_id","claim_id");--> statement-breakpoint
CREATE UNIQUE INDEX "shop_keys_public_key" ON "shop_keys" USING btree ("public_key");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_buyer_token" ON "claims" USING btree ("buyer_token_hash");