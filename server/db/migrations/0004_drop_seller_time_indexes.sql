DROP INDEX "complaints_seller_created";--> statement-breakpoint
DROP INDEX "contacts_seller_created";--> statement-breakpoint
DROP INDEX "mystery_seller_created";--> statement-breakpoint
DROP INDEX "nps_seller_created";--> statement-breakpoint
DROP INDEX "order_items_seller_model";--> statement-breakpoint
DROP INDEX "orders_seller_placed";--> statement-breakpoint
DROP INDEX "returns_seller_created";--> statement-breakpoint
DROP INDEX "reviews_seller_created";