-- The built-in rule sets of the outage-claim taxonomy (rules_builtin.c): readable,
-- usable on claims as written, extendable, and refused with a clear error in
-- a database whose encoding is not UTF8.
\set SHOW_CONTEXT never
SELECT dimension, (SELECT count(DISTINCT label) FROM classifier_terms(claim_classifier(dimension))) AS labels,
       (SELECT count(*) FROM classifier_terms(claim_classifier(dimension))) > 300 AS many_terms,
       substring(claim_classifier(dimension)::text FROM 'default [a-z_]+$') AS "default"
FROM unnest(ARRAY['damage_type', 'service', 'reporter']) dimension;
SELECT DISTINCT label FROM classifier_terms(claim_classifier('damage_type')) ORDER BY 1;
SELECT claim_classifier('service')::text::classifier::text = claim_classifier('service')::text AS round_trips;

-- A few claims as claimants write them
CREATE TABLE sample (id int, t text);
INSERT INTO sample VALUES
 (1, '카카오톡 이모티콘 플러스 구독 중인데 5일 동안 못 썼어요. 구독료 환불해 주세요'),
 (2, '저희 식당은 카톡 주문으로 장사하는데 이틀 동안 주문을 하나도 못 받아서 매출이 80만원 줄었습니다'),
 (3, '택시 기사입니다. 카카오T 콜이 안 들어와서 하루 공쳤어요 ㅠㅠ'),
 (4, '카카오페이로 친구한테 보낸 송금 5만원이 사라졌어요'),
 (5, '멜론 이용권 결제했는데 스트리밍이 안 됐어요'),
 (6, '복구 작업하시는 직원분들 고생 많으십니다. 힘내세요!'),
 (7, 'When will KakaoTalk be fully restored? Is there any compensation for users?'),
 (8, '데이터센터 이중화도 안 해놓고 이게 말이 됩니까? 책임자 처벌하세요');
SELECT id, classify(claim_classifier('service'), t) AS service, classify(claim_classifier('reporter'), t) AS reporter,
       classify(claim_classifier('damage_type'), t) AS damage_type
FROM sample ORDER BY id;
-- why claim 2 is a small business with a money loss
SELECT label, term, start, length FROM classify_matches(claim_classifier('reporter'), (SELECT t FROM sample WHERE id = 2)) ORDER BY start;

-- Extending a built-in set: an analyst's own terms, added with ||
SELECT classify(claim_classifier('service'), '딜리버리 앱 연동 오류') AS before,
       classify(claim_classifier('service') || 'mobility: 딜리버리^5', '딜리버리 앱 연동 오류') AS after;
SELECT claim_classifier('sentiment');

-- In a database that is not UTF8, classifiers and sample_claims refuse to work (0A000)
CREATE DATABASE compensate_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c compensate_latin1
SET client_min_messages = warning;
CREATE EXTENSION compensate;
SELECT payout('[0,) => 10%', 100) AS payouts_still_work;
\set VERBOSITY sqlstate
SELECT classify(claim_classifier('service'), 'taxi');
SELECT 'a: x'::classifier;
SELECT count(*) FROM sample_claims(10);
\set VERBOSITY default
SELECT claim_classifier('service');
\c contrib_regression
DROP DATABASE compensate_latin1;

-- The labels, scores and matches of the built-in rule sets, fingerprinted
-- over the 500 hand-labeled claims and 100,000 generated ones: a change to
-- normalization or matching that changes any result fails here.  (The same
-- fingerprints over 1,000,000 generated texts, compared across releases, are
-- in test/bench --scale.)
CREATE TEMP TABLE labeled_claims (id int, text text, service text, reporter text, damage_type text);
\copy labeled_claims FROM 'test/data/claims_labeled.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true, QUOTE E'\x01')
SELECT md5(string_agg(concat_ws('|', classify(claim_classifier('service'), text), classify(claim_classifier('reporter'), text),
                                classify(claim_classifier('damage_type'), text), classify_scores(claim_classifier('damage_type'), text)::text),
                      ',' ORDER BY id)) AS labeled_labels_and_scores FROM labeled_claims;
SELECT md5(string_agg(m::text, ',' ORDER BY id, m::text)) AS labeled_matches
FROM labeled_claims, classify_matches(claim_classifier('damage_type'), text) m;
SELECT md5(string_agg(concat_ws('|', classify(claim_classifier('service'), text), classify(claim_classifier('reporter'), text),
                                classify(claim_classifier('damage_type'), text)), ',' ORDER BY claim_id)) AS generated_labels
FROM sample_claims(100000, 5);
