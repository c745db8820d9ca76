-- claimed_amount(text) and claimed_currency(text): the amount of money a
-- claim text states, exactly, and its ISO 4217 currency (rules: src/amount_text.c)
CREATE FUNCTION pg_temp.amounts(texts text[]) RETURNS TABLE (t text, amount numeric, currency text)
LANGUAGE sql AS $$ SELECT t, claimed_amount(t), claimed_currency(t) FROM unnest(texts) t $$;

-- The forms claimants write
SELECT * FROM pg_temp.amounts(ARRAY['80만원', '30만 원', '1,200,000원', '3천원', '1억 2천만원', '1만2천원',
  '₩50,000', '50,000 KRW', '300k won', '2.5 million won', '$1,200', '45,000 won', '40 million won',
  '３만원', '１，２００원', '＄３０', '$1,200.50', '3천5백만원', '3십만원', '1조 2천억원', '1.5억원', '2억 3천만원',
  '3만9천원', '3만 5000원', '1억 천만원', '25000원', '200만원대', '0원', '1원']);

-- English multipliers, any case; currencies by symbol, code and word, before or after
SELECT * FROM pg_temp.amounts(ARRAY['5K won', '2 Thousand won', '$2.5M', '$3 mn', '1.2 Billion KRW', 'KRW 1.5bn',
  '$1.23456k', '2.50 million won', 'USD 300', 'US$300', '100 dollars', '1 dollar', '5달러', '€20', '20€', '20 euros',
  'EUR 15', '3000엔', '¥500', '500 yen', '£40', '100위안', '200 rmb', '₩1,000', '￦1,000', '1,000₩', 'ＫＲＷ 5,000']);

-- Not money: numbers without a currency, words that start with 원, units without a digit
SELECT * FROM pg_temp.amounts(ARRAY['3일', '800매', '2번', '10명', '2시간', '5%', '10/15', '010-1234-5678',
  '42만건', '2.1M paid messages', '3원칙', '2원론', '3원색', '제3 원장님', '보습학원 원장입니다', '회원 지원 원인',
  '만원짜리 쿠폰', '천원', 'I won 5 of them', '5 wonderful days', '5k', '3 km', '1,200,00원', '원 5000', '']);

-- Several amounts: the first that is money; numbers before it are skipped
SELECT * FROM pg_temp.amounts(ARRAY['2천원 3천원', '19,800원*2', 'KRW 100,000 x2', '3일간 수입 없음. 45만원 손실',
  '10/15 밤에 35,000원 날렸어요', 'Oct 15-16 we lost roughly 350,000 won', '6 refunds at 25,000 won each',
  '5 wonderful 3 won', '500명 규모, 약 5억원', '2.1M messages, $300', '5만원인데요', '3천 원장 2만원']);

-- Ranges: the lower bound, with the upper bound's unit when it has none
SELECT * FROM pg_temp.amounts(ARRAY['3~5만원', '3 ~ 5만원', '3～5만원', '15만~18만원', '3천~5천만원', '3~5천만원',
  '5천만~1억원', '10-20k won', '1–2 million won', '$10-20', '10만원~20만원', 'item 3 - 50,000원', '30-5만원',
  '10/15~17 발송 실패 약 42만건']);

-- Signs are ignored; white space and full-width forms
SELECT * FROM pg_temp.amounts(ARRAY['-30,000원', '−5만원', '$-5', E'  30만\t원  ', E'1억\n2천만원', '3 만원',
  '50,000  KRW', '１억　２천만원', '300K WON', E'45,000\u00a0won']);

-- English and Korean mixed
SELECT * FROM pg_temp.amounts(ARRAY['매출 loss 200만원대', '택시 기사 here, 39,000 won/month', 'refund 4,900원 please',
  'emoticon plus 한달 4,900원', 'about 40 million 원']);

-- NULL in, NULL out (STRICT); the labels
SELECT claimed_amount(NULL) IS NULL AS amount_null, claimed_currency(NULL) IS NULL AS currency_null;
SELECT p.proname, p.provolatile, p.proisstrict, p.proparallel, pg_get_function_result(p.oid) AS result
FROM pg_proc p WHERE p.proname IN ('claimed_amount', 'claimed_currency') ORDER BY 1;

-- Money beyond 38 digits: 22003 naming its character; a long number that is not money is skipped
SELECT * FROM regress.fails($$SELECT claimed_amount('손해 ₩999999999999999999999999999999999999999')$$);
SELECT * FROM regress.fails($$SELECT claimed_currency('총 9999999999999999999999999999999999999조원')$$);
SELECT * FROM regress.fails($$SELECT claimed_amount('0.000000000000000000000000000000000000001원')$$);
SELECT claimed_amount('170141183460469231731687303715884105727원') AS int128_max,
       claimed_amount('주문번호 99999999999999999999999999999999999999999999, 환불 5,000원') AS after_long_number;

-- Long and odd inputs: no crash, linear time
SELECT claimed_amount(repeat('1', 100000)) AS digits_only, claimed_amount(repeat('1~', 50000) || '원') AS dashes,
       claimed_amount(repeat('만', 100000) || '3원') AS units, claimed_amount(repeat('1,', 50000) || '000원') AS commas,
       claimed_amount(repeat('3천 ', 30000) || '원') AS terms, claimed_amount(repeat('₩ ', 50000)) AS symbols;

-- The labeled claims (test/data/claims_labeled.tsv): how many state an amount, in which currency
CREATE TEMP TABLE claims (id int PRIMARY KEY, text text, service text, reporter text, damage_type text);
\copy claims FROM 'test/data/claims_labeled.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true, QUOTE E'\x01')
SELECT count(*) AS claims, count(claimed_amount(text)) AS with_amount,
       count(*) FILTER (WHERE claimed_amount(text) IS NULL AND text ~ '[0-9]') AS digits_but_no_amount,
       sum(claimed_amount(text)) FILTER (WHERE claimed_currency(text) = 'KRW') AS krw_total
FROM claims;
SELECT claimed_currency(text) AS currency, count(*) FROM claims GROUP BY 1 ORDER BY 1;
-- claims read by eye, one per form
SELECT id, claimed_amount(text) AS amount, claimed_currency(text) AS currency, text
FROM claims
WHERE id IN (7, 8, 9, 12, 14, 16, 28, 33, 35, 36, 47, 73, 79, 93, 99, 102, 118, 125, 159, 175, 181, 236, 253, 264,
             265, 275, 319, 328, 340, 341, 361, 424, 455, 470)
ORDER BY id;
