-- No query reads orders by id alone: every reference to an order carries its seller, which the primary key
-- (marketplace_id, seller_id, id) serves. The index cost ~12% of an order insert.
DROP INDEX "orders_id";
