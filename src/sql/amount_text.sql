-- amount_text.sql: the amount of money a claim text states, and its currency
-- (part of compensate--<version>.sql, which the Makefile builds from src/sql/*.sql)

CREATE FUNCTION @extschema@.claimed_amount(t pg_catalog.text)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'claimed_amount'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.claimed_currency(t pg_catalog.text)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'claimed_currency'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.claimed_amount(pg_catalog.text) IS
'the amount of money a claim text states, exactly, in the major unit (80만원, 1억 2천만원, ₩50,000, 2.5 million won, $1,200.50); NULL when none. Money is the first number with a currency marker before it (₩ $ € ¥ £ KRW USD EUR JPY GBP CNY) or after its units (원 달러 유로 엔 위안, the symbols, won dollars euros yen ...): 3일, 800매, 5%, 10/15, 42만건 are not; 원 starting 원칙/원색/원론/원장/원본/원형 is a word; a unit without a digit (만원짜리) is not read. Korean units compose (1억 2천만 = 120000000), English multipliers k thousand m mn million bn billion trillion follow a plain number; a range (3~5만원) gives its lower bound (30000); signs are ignored; money beyond 38 digits is error 22003 with its character position';

COMMENT ON FUNCTION @extschema@.claimed_currency(pg_catalog.text) IS
'the ISO 4217 code (KRW, USD, EUR, JPY, GBP, CNY) of the amount claimed_amount reads in a claim text (원, ₩, won -> KRW; $, dollars, 달러 -> USD; ¥, yen, 엔 -> JPY; a range: its upper bound''s); NULL when the text states no amount';
