-- Cloud SLA credits: the key is the measured uptime, the base the monthly
-- bill; rates apply to the base.

CREATE TABLE sla AS SELECT 'volume [0,95) => 100%, [95,99) => 30%, [99,99.99) => 10%, [99.99,100] => 0'::payout_schedule AS s;

-- Uptime credit bands in the shape of the public cloud SLAs, every band boundary, base 1000
SELECT uptime, payout(s, uptime, 1000) AS credit, payout_tier(s, uptime) AS tier
FROM sla, unnest(ARRAY[100, 99.995, 99.99, 99.9899, 99, 98.99, 95, 94.99, 0]) uptime;
SELECT payout(s, 100.01, 1000) FROM sla;

-- The base may be any exact amount; without a base, rates apply to the key
SELECT payout(s, 99.5, 1234.56) AS "123.456", payout(s, 99.5, 0) AS "0", payout(s, 97, 19.99) AS "5.997",
       payout(s, 97) AS "29.1" FROM sla;

-- Per-customer credits for a month, in one query
CREATE TABLE monthly (customer text, uptime numeric, bill numeric);
INSERT INTO monthly VALUES ('a', 100, 500), ('b', 99.995, 800), ('c', 99.95, 1200.50), ('d', 98.2, 99.99), ('e', 80, 10000);
SELECT customer, uptime, bill, payout(s, uptime, bill) AS credit FROM monthly, sla ORDER BY customer;
SELECT sum(payout(s, uptime, bill)) AS total_credits FROM monthly, sla;

-- A monthly bill in a bigint column works as the base too
SELECT payout(s, 99.5, 1000::bigint) AS "100" FROM sla;
