/*
 * rules_builtin.c
 *		The built-in rule sets for the outage-claim taxonomy: where a
 *		damage report is routed (service), who wrote it (reporter) and what
 *		kind of damage it reports (damage_type).
 *
 * They are written for the reports Kakao took after the October 2022
 * Pangyo data-center fire: free text, mostly Korean, some English.  Each set
 * is ordinary rule-set text (see rules_parse.c), parsed by
 * claim_classifier(dimension) like any user-written rule set, so a user can
 * print one, edit it and use the copy.
 *
 * How the terms are written, given how texts are matched (classifier_classify.c):
 *
 *	- Korean terms have no inner spaces: normalization drops white space
 *	  between two Hangul characters in texts and terms alike, so 콜못받
 *	  matches "콜 못 받았어요" and "콜을 못 받" needs its own term 콜을못.
 *	- A Korean term matches anywhere, so stems are used where the endings
 *	  vary (결제했 for 결제했는데 and 결제했습니다), and one-syllable terms
 *	  are avoided (콜 would match 리콜 and 콜라; 콜을, 콜이 and 콜받 do not).
 *	- Dropping the spaces joins the end of one word to the start of the
 *	  next, so short terms are checked against such seams: 법인 is in
 *	  "방법 인가요", 고생 in "하고 생각", 화가 in "전화가", 대안 in "절대 안",
 *	  통장 in "소통 장애", 가게 in "돌아가게", 때우 in "장애 때 우리",
 *	  너무하 in "너무 하루".  Such terms are given with an ending (법인계정,
 *	  고생하, 화가나서, 대안을, 통장에, 가게를, 로때우, 너무하네) or left
 *	  out.
 *	- A term starting with a Latin letter or digit must start a word but may
 *	  end anywhere: refund matches "refunded", and prefixes such as redundan
 *	  or frustrat stand for a word family.  Short English words that begin
 *	  longer unrelated words (pos: possible; kakao t: kakao talk) are left
 *	  out.
 *	- Every distinct term counts once, and a term that contains another
 *	  (카카오게임즈, 카카오게임) scores both: such pairs are deliberate.
 *	  The reverse is a trap: a short term of one label inside a specific
 *	  term of another (개인 in 개인사업자 and 개인택시) scores against it
 *	  in every text that has the specific one, so such terms are left out.
 *	- Weights: 1 is the default; ^0.5 marks words too common to decide
 *	  anything alone, ^2 to ^3 words specific to one label, ^4 and above
 *	  words that settle the question (카카오페이, 멜론, 유료).
 */
#include "postgres.h"
#include "pg_compat.h"

#include "classifier.h"

/*
 * damage_type: paid_service, free_service_financial, inquiry, protest,
 * opinion, encouragement: the categories Kakao's damage support council
 * reported the 2022 claims in (paid-service damage, money lost on a free
 * service, and the non-financial rest).
 *
 * Order: the two financial labels come first, so that a tie between money
 * evidence and a question or a complaint goes to the money: a report that
 * names a purchase or a loss is a damage report even when it also asks
 * when it will be paid.  Among the four others, the order follows the
 * assumed shares of all reports (inquiry 30%, protest 20%, opinion 12.8%,
 * encouragement 5%).
 *
 * The two financial labels are told apart by whom the money went to.
 * paid_service is money paid to Kakao: a purchase, a subscription or pass,
 * a fee, ads, message credits, and the refund, deduction (차감) or money
 * back (돌려주세요) a claimant asks for.  free_service_financial is money
 * lost or spent elsewhere because a free service failed: sales, calls and
 * orders missed, and the dearer ticket, taxi, late fee or penalty paid to
 * someone else (차액, 추가 지출, ended up paying, late fee).
 *
 * Weights: evidence of a purchase (유료, 구매한, 결제했, 구독, 환불) and of
 * money lost (매출, 손실, 주문을 못 받, 콜을 못, 송금 실패) weighs 2.5 to 4.
 * A bare amount (만원, 30,000원, 30,000 won) weighs 2: claimants quote the
 * price they paid as often as the sum they lost, so the amount alone
 * should not outvote a word of purchase.  Most words of anger weigh 1 to
 * 2.5 and 먹통 (everybody's word for the outage) 0.5: a claimant who lost
 * money is usually angry as well, and should still be counted as financial
 * damage.  A question mark weighs 1: reports that ask about a loss (how do
 * I prove it, am I eligible) are inquiries, and a question mark is far more
 * often a real question than a rhetorical one; question endings (되나요,
 * 가능할까요) and asking words (문의, 궁금, 증빙, 기준) add to it.  Phrases
 * that make a question rhetorical weigh enough to outvote the question
 * ending they come with: 이래도 되나요 weighs 6 against the 4.5 of
 * 되나요?, 말이 됩니까 and 이러면 안 2.5.  감사, 수고 and thank end many
 * letters of every kind, so they weigh 1, while 힘내, 응원해 and 화이팅
 * weigh 3.
 *
 * Default: protest.  Questions nearly always carry a question mark or a
 * question ending, which the inquiry terms catch, so a text no term
 * matches is rarely one; it is most often a complaint in words of its own
 * ("카톡 또 안 되네, 대체 몇 번째냐" without the listed ones), a statement
 * of what failed, with no purchase, loss, suggestion or praise named.
 */
static const char damage_type_rules[] =
	"paid_service:\n"
	"  # paying and buying (결재 is the common misspelling of 결제)\n"
	"  유료^4, 결제한^3, 결제했^3, 결재한^3, 결재했^3, 결제된^2,\n"
	"  결제해놨^3, 결재해놨^3, 결제해뒀^3, 결재해뒀^3, 결제해둔^3,\n"
	"  결제만되^3, 결재만되^3, 결제는됐^3, 결재는됐^3, 결제완료^2.5,\n"
	"  결제내역^2.5, 결제일^2.5, 결제금액^2.5, 원결제^2.5,\n"
	"  원을결제^2.5, 구매한^3, 구매했^3, 구입한^3, 구입했^3,\n"
	"  샀는데^2, 산건데^2.5, 주고산^3, 원어치^2.5, 원짜리^2,\n"
	"  돈내고^3, 돈을내고^3, 돈내는^3, 돈주고^3, 돈을주고^3, 돈냈^3,\n"
	"  돈을냈^3, 지불^2.5, 선불^2.5, 충전, 충전한^2.5, 충전했^2.5,\n"
	"  충전해^2.5, 충전금^2, 비즈머니^3,\n"
	"  # money taken for it, and asked back\n"
	"  빠져나^2.5, 돈만나^2.5, 돈은나갔^2.5, 차감^2.5, 소진^2,\n"
	"  돌려주^2, 돌려줘^2,\n"
	"  # subscriptions, passes, fees\n"
	"  구독^3, 정기결제^3, 자동결제^3, 월정액^3, 정액제^3, 정액^2,\n"
	"  요금제^2, 요금, 이용요금^2, 이용권^2, 시즌패스^3, 멤버십^2.5,\n"
	"  멤버쉽^2.5, 프로멤버십^2, 이용료^3, 사용료^3, 프리미엄^2,\n"
	"  스마트호출^3, 호출비^2.5, 매달^2, 매월^2, 감면^2.5,\n"
	"  일할계산^3,\n"
	"  # what was paid for: emoticons, Talk Drawer Plus, gifts, cash, items\n"
	"  톡서랍플러스^2.5, 이모티콘플러스^3, 이모티콘구매^3,\n"
	"  이모티콘을구매^3, 이모티콘을샀^3, 이모티콘샀^3, 이모티콘산^3,\n"
	"  구매내역^2.5, 선물구매^2.5, 기프티콘^1.5, 유효기간^2.5,\n"
	"  사용기한^2.5, 쿠폰, 캐시충전^3, 아이템구매^3, 과금^3, 현질^3,\n"
	"  대여권^2.5, 소장권^2.5, 열람권^2.5,\n"
	"  # business spending: ads and paid messages\n"
	"  광고비^3, 광고집행^2.5, 광고계약^3, 광고, 미노출^2.5,\n"
	"  키워드광고^2, 캠페인^2, 비즈메시지^2, 비즈메세지^2,\n"
	"  알림톡^1.5, 발송비^3, 메시지비용^3,\n"
	"  # refunds and extensions\n"
	"  환불^3.5, 환급^3, 기간연장^2.5, 이용기간^2.5, 남은기간^2,\n"
	"  연장해^2,\n"
	"  # English\n"
	"  paid^3, purchased^3, purchase^2, bought^2.5, subscription^3,\n"
	"  subscribed^3, subscriber^2.5, membership^2.5, premium^2,\n"
	"  refund^3.5, in-app^2.5, charged^2, monthly^2, monthly fee^3,\n"
	"  every month^2.5, season pass^3, fees^1.5, voucher^1.5,\n"
	"  gift card^2, expired^2, extend^2, extension^1.5, coins^1.5,\n"
	"  credits^2, deducted^2.5, prorat^3, unused^2.5, message fees^3,\n"
	"  ad spend^3, ad campaign^3, advertising^1.5;\n"
	"\n"
	"free_service_financial:\n"
	"  # amounts: a figure in won (\",000원\" catches 30,000원 and 1,500,000원)\n"
	"  만원^2, 천원^1.5, 억원^3, \",000원\"^2, \",000 원\"^2,\n"
	"  \",000 won\"^2, million won^3, 원손해^3, 원손실^3, 원피해^3,\n"
	"  원정도^2, 원가량^2, 원상당^2, 원이상, 금액,\n"
	"  # losses named as such\n"
	"  손실^3, 손해^2.5, 피해액^3, 피해금액^3, 손해액^3, 손실액^3,\n"
	"  금전적^2.5, 금전^2, 경제적^2, 재산^2, 배상^1.5, 기회비용^3,\n"
	"  추가비용^3, 비용이발생^3, 비용, 물어줬^3, 돈을날^3, 돈날^3,\n"
	"  날렸^2, 날린^2, 날림^2, 날아가^1.5, 날아감^1.5, 상실^2,\n"
	"  # money spent because of the outage: a dearer ticket, a fare, a fee\n"
	"  추가지출^3, 지출^2, 더줌^2, 더씀^2, 더비싸^2.5, 차액^2.5,\n"
	"  재구매^2, 재결제^2.5, 연체료^3, 배상금^2, 양도^2,\n"
	"  # sales, income and work lost\n"
	"  매출^3, 영업손실^3, 영업피해^3, 영업을못^3, 장사를못^3,\n"
	"  장사못^3, 장사가안^3, 수입^2, 수익^2, 하루벌이^2.5, 벌이를^2,\n"
	"  벌어요^2, 일당을^2.5, 일당이^2.5, 하루일당^3, 생계^2, 못벌^3,\n"
	"  벌지못^3, 일을하지못^2, 일을못^2, 운행을못^3, 운행못^3,\n"
	"  공쳤^2.5, 공침^2.5, 반토막^3, 감소^2, 못팔^3, 무산^2.5,\n"
	"  # orders, customers, calls and bookings missed\n"
	"  주문을못^3, 주문못^3, 주문이안들어^3, 주문이끊^3,\n"
	"  주문을받지^3, 주문취소^3, 주문이취소^3, 손님을놓^3, 손님놓^3,\n"
	"  손님을못^3, 손님이끊^3, 손님을받지^3, 손님이없^2,\n"
	"  손님을다놓^3, 손님다놓^3, 콜을다놓^3, 놓쳤^1.5, 놓친^1.5,\n"
	"  놓침^1.5, 놓치고^1.5, 놓쳐^1.5, 건취소^2.5, 손님들이^2,\n"
	"  손님이줄^3, 줄었, 예약이안^2.5, 콜을못^3, 콜못^3, 콜을받지^3,\n"
	"  콜이안^2.5, 콜이없^2.5, 예약취소^3, 예약이취소^3, 예약을못^3,\n"
	"  예약못^3, 예약을받지^3, 노쇼^3, 계약을놓^3, 계약이취소^3,\n"
	"  거래를놓^3, 거래가취소^3, 결제를못^2.5, 결제를받지^3,\n"
	"  결제가안돼^2, 결제실패^2,\n"
	"  # transfers and payments that failed, and what that cost\n"
	"  송금, 송금실패^3, 송금이안^3, 송금을못^3, 송금못^3,\n"
	"  이체실패^3, 이체가안^3, 이체를못^3, 이체못^3, 입금이안^3,\n"
	"  입금을못^2.5, 입금못^2.5, 연체^3, 연체이자^2, 위약금^3,\n"
	"  수수료^1.5, 대금^2, 납부기한^2, 납부를못^3, 카드값^2,\n"
	"  택시비^2,\n"
	"  # English\n"
	"  lost sales^3, lost revenue^3, revenue^2.5, lost income^3,\n"
	"  income^2, lost orders^3, lost customers^3, lost business^3,\n"
	"  lost money^3, lost earnings^3, earnings^2, profit^2, sales^2,\n"
	"  wages^2, losses^3, couldn't take orders^3,\n"
	"  could not take orders^3, missed orders^3, missed calls^3,\n"
	"  missed bookings^3, missed reservations^3, cancellations^3,\n"
	"  cancelled^2, canceled^2, no-show^3, transfer failed^3,\n"
	"  failed transfer^3, couldn't transfer^3, payment failed^2,\n"
	"  payments failed^2, late fee^3, late charge^3, penalty^2,\n"
	"  had to pay^3, ended up paying^3, extra^1.5, reseller^2.5,\n"
	"  cost us^3, cost me^3, krw^3, ₩^3, $^2, dollars^2.5, usd^2.5,\n"
	"  worth^1.5, damages of^3;\n"
	"\n"
	"inquiry:\n"
	"  # asking outright\n"
	"  문의드^2.5, 문의합^2.5, 문의하^2, 문의사항^2.5, 문의요^2.5,\n"
	"  문의입니다^2.5, 문의했, 질문^2.5, 여쭤^3, 여쭙^3, 궁금^2.5,\n"
	"  알고싶^2.5, 알려주세요^2.5, 알려주시^2.5, 알려주실^2.5,\n"
	"  안내부탁^2.5, 안내해주^2, 답변부탁^2.5, 답변주^2, 답변^1.5,\n"
	"  회신^1.5, 연락주^1.5, 확인부탁^2, 확인해주^1.5, 확인가능^1.5,\n"
	"  # what, when, how, where, who\n"
	"  어떻게^1.5, 어떡하^1.5, 어떻게해야^2, 언제^1.5, 어디서^1.5,\n"
	"  어디에, 어디로, 누구에게^1.5, 누구한테^1.5, 몇일, 며칠,\n"
	"  얼마나, 무엇, 뭔가요^2, 뭐예요^2, 뭐에요^2, 뭐죠^2, 뭔지^1.5,\n"
	"  방법, 방식, 기준, 증빙^1.5, 서류^1.5, 절차^1.5, 신청,\n"
	"  신청방법^2.5, 접수방법^2.5,\n"
	"  # can I, will it, is it: question endings\n"
	"  되나요^2, 될까요^2, 되는지^1.5, 되는건가^1.5, 가능한가요^2.5,\n"
	"  가능할까요^2.5, 가능합니까^2.5, 가능한지^2, 받을수있^1.5,\n"
	"  있는지, 대상인지^2, 해당되나^2, 해당되는지^2, 해당이되^1.5,\n"
	"  알수있을까^2, 인가요^1.5, 건가요^1.5, 는가요^1.5, 한가요^1.5,\n"
	"  나요, 나여, 까요, 습니까, 됩니까^1.5, 죠?, 요?, ?, ？,\n"
	"  # English\n"
	"  how do^2, how can^2, how to^2, how long^2, how much^1.5,\n"
	"  how will^2, how should^2, when will^2, when can^2,\n"
	"  when is^1.5, when does^1.5, can i^1.5, could i^1.5, may i^1.5,\n"
	"  could you, can you, is there^1.5, is it possible^2.5,\n"
	"  will i^1.5, will there^1.5, will kakao^2, is my, are my,\n"
	"  do i^1.5, am i, do you, eligible^1.5, what is,\n"
	"  what should^1.5, where can^2, where do^2, who do^1.5,\n"
	"  who should^1.5, inquiry^2.5, enquiry^2.5, question^2,\n"
	"  wondering^2, please let me know^2, please advise^2.5,\n"
	"  would like to know^2.5, want to know^2, any update^2,\n"
	"  procedure^1.5, prove^1.5, proof^1.5;\n"
	"\n"
	"protest:\n"
	"  # anger and disbelief\n"
	"  어이없^2, 어이가없^2, 황당^2, 화가나서^2, 화가나요^2,\n"
	"  화가납니다^2, 화나요^2, 화나서^2, 화난다^2, 화납니다^2,\n"
	"  열받^2, 빡치^2, 짜증^2, 분노가^2, 분노를^2, 분노하^2,\n"
	"  분노합^2, 분통이^2, 분통터^2, 억울^1.5, 답답^1.5, 실망^1.5,\n"
	"  최악^2, 기가막^2.5, 한심^3, 엉망^2, 엉터리^2, 개판^2.5,\n"
	"  장난^1.5, 장난하^2, 뭐하는^1.5, 뭐한거^2, 뭐했^2, 도대체^1.5,\n"
	"  대체왜^1.5, 왜이렇게, 이따위^2.5, 이런식^1.5, 말이되냐^2.5,\n"
	"  말이됩니까^3, 말이됨^2.5, 말이돼^2, 말이안^2, 말도안^2.5,\n"
	"  이래도되^6, 이러면안^2.5, 이러기^2.5, 아닙니까^1.5,\n"
	"  너무하네^2, 너무하다^2, 너무한^2, 너무합^2, 답없^2, 기분나^2,\n"
	"  거짓말^2.5, 정신차려^2.5, 각성^2.5, 뭘로아^2.5, 몇번째^2,\n"
	"  또안되^1.5, 불편, 불만^1.5, 불쾌^2, 먹통^0.5, 미친^2,\n"
	"  씨발^2.5, ㅅㅂ^2.5, ㅆㅂ^2.5, ㅡㅡ^1.5, -_-^1.5, !!,\n"
	"  # silence and neglect\n"
	"  무소식^2, 안내도없^2, 공지도없^2, 연락도안^2, 한마디없^2,\n"
	"  사과한마디^2.5, 신경도안^2, 안해놓^2, 안해놨^2, 로때우^2.5,\n"
	"  때우려고^2.5,\n"
	"  # blame, responsibility, punishment\n"
	"  책임^2, 무책임^2.5, 책임져^2, 항의^2.5, 소송^2.5, 집단소송^2,\n"
	"  고소하겠^2, 고소할^2, 고발하겠^2, 공정위^2, 규탄^2, 처벌^2,\n"
	"  징계^2, 사퇴하^2, 사퇴해^2, 김범수^1.5, 독과점^2, 독점,\n"
	"  갑질^2, 국민기만^2.5, 기만행위^2.5, 우롱^2.5, 뻔뻔^2.5,\n"
	"  괘씸^2.5, 양심^1.5, 변명^1.5, 핑계^1.5, 납득^1.5, 용납^2,\n"
	"  용서^1.5, 무시하^1.5, 배짱^2, 나몰라^2.5, 무대응^2, 늑장^2,\n"
	"  늦장^2, 손놓^2, 어쩌라^2.5, 책임지, 돈만벌^2, 위반^2,\n"
	"  재검토^1.5,\n"
	"  # demands and threats to leave\n"
	"  사과하^1.5, 사과해^1.5, 사과문^1.5, 사과를^1.5, 손해배상^2.5,\n"
	"  배상하라^2, 보상바랍니다^2, 보상을요구^2, 보상요구^2,\n"
	"  보상하라^2, 보상해라^2, 보상하세요^1.5, 보상해주세요, 제대로,\n"
	"  참을수없^2, 더이상못^1.5, 탈퇴^2, 안쓰겠^2, 안쓸^1.5,\n"
	"  안쓴다^1.5, 갈아타^2, 갈아탐^2, 갈아탔^2, 갈아탈^2, 불매^2.5,\n"
	"  # English\n"
	"  unacceptable^2.5, lawsuit^2.5, sue^2, suing^2, outrageous^2.5,\n"
	"  ridiculous^2.5, angry^2, furious^2.5, disgrace^2.5, shame^2,\n"
	"  ashamed^2.5, pathetic^2.5, terrible^1.5, worst^2, joke^2.5,\n"
	"  irresponsible^2.5, incompetent^2.5, accountable^2,\n"
	"  responsibility^1.5, how dare^2.5, fed up^2, sick of^2,\n"
	"  monopoly^1.5, demand^1.5, apologize^1.5, apology^1.5,\n"
	"  disappointed^1.5, unbelievable^2, absurd^2, nonsense^2,\n"
	"  class action^2.5, boycott^2.5, never use^2, compensate us^2,\n"
	"  wtf^2.5, frustrat^1.5, annoy^1.5, unfair^1.5, negligen^2,\n"
	"  why^1.5, fix it^2, silence^1.5;\n"
	"\n"
	"opinion:\n"
	"  # I think, I suggest, it would be good\n"
	"  생각합니다^2, 생각해요^1.5, 생각됩니다^2, 생각이듭니다^2,\n"
	"  생각함^2, 제생각^2.5, 생각^0.5, 소견^2.5, 의견^2.5, 제안합^3,\n"
	"  제안드^3, 제안을^2.5, 제안사항^3, 건의합^3, 건의드^3,\n"
	"  건의사항^3, 건의를^2.5, 면좋겠^2.5, 좋겠^1.5, 바랍니다^1.5,\n"
	"  바래요^1.5, 바람입니다^2, 어떨까^3, 좋을것같^2.5,\n"
	"  나을것같^2.5, 것같, 다고봅니다^2, 는게맞^2.5, 는게좋^2,\n"
	"  는게더^1.5, 할듯^1.5, 지말고^1.5, 있으면, 기능^0.5,\n"
	"  바람직^2.5, 중요, 차라리^1.5, 합리적^1.5, 형평성^2,\n"
	"  너무짧^1.5, 너무적^1.5, 배웠^1.5,\n"
	"  # what should change: redundancy, backups, rules\n"
	"  개선^2, 이중화^3, 이원화^3, 다중화^3, 삼중화^3, 백업^2.5,\n"
	"  재해복구^3, 재발방지^2, 분산^2, 데이터센터, 대비책^2,\n"
	"  대책^1.5, 대비해^1.5, 대비가^1.5, 매뉴얼^2, 훈련^1.5,\n"
	"  투자^1.5, 인프라^1.5, 시스템, 리스크^1.5, 대안을^2, 대안이^2,\n"
	"  대체수단^2, 대체서비스^2, 경쟁^1.5, 다양화^2, 의존^2, 규제^2,\n"
	"  법제화^2.5, 의무화^2.5, 제도적^1.5, 제도를^1.5, 제도가^1.5,\n"
	"  정부가, 정부는, 정부차원, 국가기간^2, 기간통신^2, 교훈^2,\n"
	"  계기^2, 투명하게^1.5, 공개, 소통, 독점,\n"
	"  # must and need\n"
	"  필요합니다^2, 필요하다^2, 필요해^1.5, 필요할, 해야합니다^1.5,\n"
	"  해야한다^1.5, 해야함^2, 해야할, 해야하지않^1.5,\n"
	"  # English\n"
	"  i think^2, i believe^2, opinion^2.5, imo^2, suggest^3,\n"
	"  should^1.5, recommend^2.5, redundan^3, backup^2.5,\n"
	"  disaster recovery^3, improve^2, lesson^2, would be better^2.5,\n"
	"  would be good^2, it would be nice^2, feedback^2, propos^2.5,\n"
	"  consider^1.5, need to, needs to^1.5, must, regulat^2,\n"
	"  government, infrastructure^1.5, dependen^2, rely on^1.5,\n"
	"  reliance^2, monopoly, alternative^1.5, diversif^2,\n"
	"  data center^1.5, distributed^2;\n"
	"\n"
	"encouragement:\n"
	"  # cheering on\n"
	"  힘내^3, 응원합^3, 응원해^3, 응원하^3, 응원드^3, 응원의^2.5,\n"
	"  응원을^2.5, 화이팅^3, 파이팅^3, 홧팅^3, 화팅^2, 격려^2.5,\n"
	"  믿습니다^2, 믿어요^2, 믿고, 기다리겠습니다^2, 기다릴게요^2,\n"
	"  기다릴께요^2, 천천히^1.5, 무리하지^2, 건강, 사랑해^2,\n"
	"  사랑합니다^2, 대단, 최고, 멋지^1.5, \"^^\", ♡^1.5, ❤^1.5,\n"
	"  # thanks for the work (감사 and 수고 alone close many letters, so they are weak)\n"
	"  감사, 고맙^1.5, 고마워^1.5, 고생하^2, 고생이^1.5, 고생많^2,\n"
	"  수고, 수고하셨^1.5, 수고많^2, 노고^3, 애쓰^2, 애써^2,\n"
	"  밤새^1.5, 밤샘^1.5, 빠른복구^1.5, 복구해주셔서^2.5,\n"
	"  복구하느라^2, 덕분^1.5, 힘드셨^2.5, 힘드시^2.5, 힘드실^2.5,\n"
	"  고충을^1.5, 직원분들^2, 개발자분들^2.5, 엔지니어분들^2.5,\n"
	"  임직원분들^2.5, 관계자분들^2,\n"
	"  # understanding, no claim, staying\n"
	"  이해합니다^2, 이해해요^2, 이해할수^1.5, 괜찮습니다^1.5,\n"
	"  괜찮아요^1.5, 보상안해주셔도^3, 보상은필요없^3,\n"
	"  보상안받아도^3, 잘쓰고^1.5, 잘쓸^2, 계속쓸^2, 잘이용^1.5,\n"
	"  잘사용^1.5, 항상잘^1.5, 앞으로도, 좋은서비스^1.5,\n"
	"  # English\n"
	"  cheer^2.5, thank, thankful^2, hang in there^3, keep it up^3,\n"
	"  great job^3, good job^3, well done^2.5, you can do it^3,\n"
	"  fighting^3, support you^2.5, supporting you^2.5, appreciate^2,\n"
	"  hard work^2.5, working hard^2.5, don't worry^2, no worries^2,\n"
	"  take care^1.5, rooting for^3, grateful^2, i understand^2,\n"
	"  understandable^2, no need to compensate^3, love kakao^2.5,\n"
	"  love you^2, best wishes^2.5, stay strong^3, good luck^2,\n"
	"  kudos^3, bravo^2.5, respect, quick recovery^2, engineers^1.5;\n"
	"\n"
	"default protest\n";

/*
 * service: kakao, mobility, pay, bank, games, entertainment.
 *
 * Order: kakao first, so that ties go to Kakao's own services, which drew
 * 83% of all reports; the subsidiaries follow roughly by their expected
 * share of the other 17% (the seed articles single out Kakao T's taxi and
 * chauffeur drivers).
 *
 * Weights: KakaoTalk and the Kakao brand appear in most reports whatever
 * they are about ("카톡도 안 되고 카카오T도 안 돼서..."), so they weigh 0.5 to
 * 1; Kakao's own named services (선물하기, 이모티콘, 톡서랍, 다음 메일,
 * 카카오맵, 알림톡) weigh 2 to 3, and the subsidiaries' names 4, their core
 * words (택시, 대리운전, 송금, 대출, 게임, 웹툰) 2.5 to 3.  카카오페이지 weighs
 * 6 because it contains 카카오페이; 카카오tv (Kakao Entertainment) weighs 5
 * because it contains 카카오t.  Transfers are split as Koreans use the
 * words: 송금 (sending money through Kakao Pay) is pay, 이체 (an account
 * transfer) is bank.
 *
 * Default: kakao, the service of most reports and the one a report that
 * names no service is about.
 */
static const char service_rules[] =
	"kakao:\n"
	"  # brand names: weak, since claims about every service mention them\n"
	"  카카오^0.5, kakao^0.5, 카카오톡, 카톡, 까톡, 카카톡,\n"
	"  kakaotalk, kakao talk, 카톡방, 단톡, 단체톡, 단체방,\n"
	"  채팅방^0.5, 대화방^0.5, 채팅^0.5, 메시지^0.5, 메세지^0.5,\n"
	"  오픈채팅^1.5, 오픈톡^1.5, 보이스톡^2, 페이스톡^2, 프로필,\n"
	"  멀티프로필, 친구목록, 사진전송, 파일전송, 동영상전송,\n"
	"  대화내용, pc카톡^1.5, 카톡pc^1.5, 메일,\n"
	"  # gifts, emoticons, Talk Drawer\n"
	"  선물하기^3, 카톡선물^3, 카카오선물^3, 기프티콘^2.5, 교환권^2,\n"
	"  이모티콘^2.5, 이모티컨^2.5, 임티^2.5, 이모티콘플러스^2,\n"
	"  톡서랍^3, 대화백업^2, 톡클라우드^2,\n"
	"  # Daum and the other portal services\n"
	"  daum^3, 다음메일^3, 한메일^1.5, hanmail^3, 다음카페^3,\n"
	"  다음뉴스^3, 다음검색^3, 다음포털^3, 다음사이트^2,\n"
	"  다음아이디^2, 다음계정^2, 다음블로그^2, 다음앱^1.5,\n"
	"  티스토리^3, tistory^3, 브런치^1.5, 카카오스토리^3, 카카오뷰^2,\n"
	"  # map, account and login, Makers, shopping, calendar\n"
	"  카카오맵^3, 카카오지도^3, kakaomap^3, kakao map^3, 지도앱^1.5,\n"
	"  길찾기, 카카오계정^2, 카카오로그인^2, 카카오아이디^2,\n"
	"  kakao account^2, kakao login^2, 카카오메이커스^3, 메이커스^2,\n"
	"  kakao makers^3, 카카오쇼핑^2, 톡딜^2, 톡캘린더^2, 톡게시판^2,\n"
	"  카카오헤어샵^2, 카카오예약^2, 톡주문^2, 주문하기,\n"
	"  # business: channels, AlimTalk, business messages, ads\n"
	"  카카오톡채널^3, 카톡채널^3, 톡채널^3, 카카오채널^3,\n"
	"  비즈니스채널^3, 플러스친구^3, 플친^2, 알림톡^3, 친구톡^3,\n"
	"  비즈메시지^3, 비즈메세지^3, 카카오비즈니스^3, 비즈보드^3,\n"
	"  카카오모먼트^3, 카카오싱크^3, alimtalk^3, alim talk^3,\n"
	"  biz message^3, kakao channel^3, business channel^2.5,\n"
	"  kakao business^3,\n"
	"  # English\n"
	"  emoticon^2.5, gifticon^2.5, talk drawer^3, daum mail^3,\n"
	"  open chat^1.5, group chat, messenger, kakao story^3, email,\n"
	"  e-mail, messages^0.5, chat room^0.5;\n"
	"\n"
	"mobility:\n"
	"  # Kakao T and Kakao Mobility by name\n"
	"  카카오t^4, 카카오 t^3, 카카오티^3, 카카오택시^4, 카택^3,\n"
	"  카카오모빌리티^4, 모빌리티^3, kakao mobility^4,\n"
	"  kakaomobility^4, kakao taxi^4, kakao navi^4, 카카오내비^4,\n"
	"  카카오대리^4, t블루^3, 카카오블루^3, 블루택시^2, 벤티^3,\n"
	"  # taxi, calls, dispatch\n"
	"  택시^3, 택시기사^2, 개인택시^2, 법인택시^2, 기사님^2, 승객^3,\n"
	"  호출^2, 배차^3, 스마트호출^2, 콜을^2, 콜이^2, 콜받^2, 콜못^2,\n"
	"  콜수^2, 콜잡^2, 콜안^1.5, 콜비^2, 운행^2, 목적지^2, 출발지^2,\n"
	"  택시비^2, 프로멤버십^3, 픽업, 운전,\n"
	"  # chauffeur service\n"
	"  대리운전^4, 대리기사^4, t대리^3, 대리콜^3, 대리비^2,\n"
	"  # parking, navigation, bikes, quick delivery, trains and rentals\n"
	"  주차^2.5, 주차장, 내비^3, 네비^3, 길안내^2, 바이크^3,\n"
	"  전기자전거^3, 자전거^1.5, 킥보드^2, 퀵서비스^3, t퀵^3,\n"
	"  퀵기사^3, 퀵배송^2, 도보배송^2, 기차예매^2, 시외버스^2,\n"
	"  렌터카^2, 카풀^2,\n"
	"  # English\n"
	"  taxi^3, driver^2, chauffeur^3, designated driver^3,\n"
	"  parking^2.5, passenger^3, ride-hailing^3, ride hailing^3,\n"
	"  hail^2, ride, fare^1.5, navi^2, navigation^2, bike^1.5,\n"
	"  quick service^2, dispatch^2;\n"
	"\n"
	"pay:\n"
	"  # Kakao Pay by name, its money, points, card and securities\n"
	"  카카오페이^4, kakaopay^4, kakao pay^4, 페이머니^4,\n"
	"  카카오머니^4, kakao money^3, 페이포인트^3, 페이카드^3,\n"
	"  페이증권^3, 페이결제^3, 페이송금^3, 페이충전^3, 머니충전^3,\n"
	"  페이앱^2, 더치페이^3, 충전금^2,\n"
	"  # transfers: 송금 is Kakao Pay's (a bank's is 이체)\n"
	"  송금^2.5, 해외송금^2, 돈보내^2, 돈을보내^2, 정산하기^2,\n"
	"  # payments (결재 is the common misspelling)\n"
	"  간편결제^3, 결제, 결재, 결제오류^2, 결재오류^2, 결제실패^2,\n"
	"  결제가안^2, 결제를못^2, 결제못^2, 결제불가^2, 결제수단^1.5,\n"
	"  결제창^2, 결제승인^2, qr결제^3, 바코드^2, 오프라인결제^2,\n"
	"  온라인결제^1.5, 해외결제^2, 현장결제^1.5, 카드등록^1.5,\n"
	"  가맹점^2, 청구서^2, 공과금^2, 관리비^1.5, 보험, 잔액,\n"
	"  환전^1.5,\n"
	"  # English\n"
	"  payment^1.5, pay money^1.5, transfer^1.5, send money^2,\n"
	"  sent money^2, money transfer^2, remittance^2.5, qr payment^2,\n"
	"  mobile payment^2, simple payment^3, payment failed^2,\n"
	"  couldn't pay^2, could not pay^2, checkout;\n"
	"\n"
	"bank:\n"
	"  # KakaoBank by name and its products\n"
	"  카카오뱅크^4, 카뱅^4, kakaobank^4, kakao bank^4, 뱅크^2,\n"
	"  모임통장^4, 세이프박스^4, 26주적금^3, 비상금대출^3,\n"
	"  인터넷은행^3,\n"
	"  # accounts, transfers (이체), cards\n"
	"  계좌이체^3, 이체^1.5, 자동이체^2, 입출금^2, 출금이^2,\n"
	"  출금을^2, 입금이^1.5, 입금을^1.5, 입금받^1.5, 입금확인^1.5,\n"
	"  입금해^1.5, 잔고^1.5, 통장에^2, 통장이^2, 통장을^2,\n"
	"  통장으로^1.5, 계좌^1.5, 계좌번호, 체크카드^3, 카드값^1.5,\n"
	"  atm^1.5, otp^1.5, 인증서, 공인인증서, 은행^1.5, 뱅킹^2,\n"
	"  인터넷뱅킹^2, 모바일뱅킹^2,\n"
	"  # loans, deposits, savings\n"
	"  대출^3, 신용대출^3, 전세대출^3, 마이너스통장^3, 전월세^2,\n"
	"  주택담보^3, 주담대^3, 대출이자^2, 대출상환^2, 중도상환^3,\n"
	"  연체^1.5, 이자, 금리^2, 적금이^3, 적금을^3, 적금통장^3,\n"
	"  적금가입^3, 예금^2, 만기일^2, 신용점수^2, 신용등급^2,\n"
	"  # English\n"
	"  bank^2, banking, loan^3, mortgage^3, savings^2.5, deposit^1.5,\n"
	"  bank transfer^3, wire transfer^3, account transfer^3,\n"
	"  bank account^2, debit card^2.5, check card^2.5, withdraw^1.5,\n"
	"  interest rate^2, repayment^2, overdraft^2.5;\n"
	"\n"
	"games:\n"
	"  # Kakao Games and its titles\n"
	"  카카오게임즈^4, 카카오게임^4, 카겜^3, kakao games^4,\n"
	"  kakaogames^4, 오딘^4, odin^3, 우마무스메^4, 우마무^3,\n"
	"  uma musume^4, 가디언테일즈^4, guardian tales^3, 엘리온^3,\n"
	"  elyon^3, 달빛조각사^4, 프렌즈팝^3, friends pop^3, 애니팡^3,\n"
	"  anipang^3, 배틀그라운드^3, 배그^2, battlegrounds^3, pubg^3,\n"
	"  아키에이지^3, archeage^3, 패스오브엑자일^3, path of exile^3,\n"
	"  월드플리퍼^3,\n"
	"  # playing: access, items, spending, events\n"
	"  게임^2.5, 게이머^2, 모바일게임^3, 온라인게임^3, 게임사^3,\n"
	"  게임서버^3, 게임접속^3, 접속보상^3, 점검보상^3, 출석보상^2.5,\n"
	"  출석체크^1.5, 보상아이템^2, 아이템^2.5, 과금^2.5, 현질^3,\n"
	"  게임머니^3, 다이아^1.5, 가챠^3, 뽑기^1.5, 캐릭터, 길드^2,\n"
	"  레이드^2, 던전^2, 레벨^1.5, 랭킹^1.5, 서버점검^1.5,\n"
	"  계정연동^1.5,\n"
	"  # PC bangs (Kakao Games compensated their owners)\n"
	"  pc방^3, 피시방^3, 피씨방^3,\n"
	"  # English\n"
	"  game^2.5, in-game^3, gacha^3, pc bang^3, pc cafe^2, item^1.5,\n"
	"  gems^1.5, guild^2, raid^2, dungeon^2;\n"
	"\n"
	"entertainment:\n"
	"  # Kakao Page must outweigh 카카오페이 (a prefix of 카카오페이지)\n"
	"  카카오페이지^6, kakaopage^5, kakao page^5, 카카오웹툰^5,\n"
	"  kakao webtoon^5, 카카오엔터^4, kakao entertainment^4,\n"
	"  카카오tv^5, 카카오 tv^5, kakao tv^4, 픽코마^3, piccoma^3,\n"
	"  # Melon and music\n"
	"  멜론^4, melon^4, 멜론티켓^2, 스트리밍^3, 음원^2, 음원사이트^2,\n"
	"  음악^2, 뮤직^2, 노래^1.5, 플레이리스트^3, 재생목록^2.5,\n"
	"  뮤비^1.5, 앨범^1.5, 이용권^1.5, 스트리밍이용권^2,\n"
	"  멜론이용권^2, 콘서트^1.5, 팬미팅^1.5, 티켓,\n"
	"  # webtoons, web novels, cash\n"
	"  웹툰^3, 웹소설^3, 카웹^2.5, 기다무^3, 기다리면무료^3,\n"
	"  캐시충전^3, 캐시, 대여권^3, 소장권^3, 열람권^3, 작품^1.5,\n"
	"  연재^1.5, 소설^1.5, 작가님^1.5, 회차^2, 정주행^2, 로판^2,\n"
	"  무협^1.5,\n"
	"  # English\n"
	"  webtoon^3, web novel^3, webnovel^3, manhwa^3, comics^2,\n"
	"  episode^1.5, chapters^1.5, music^2, songs^1.5, streaming^2.5,\n"
	"  playlist^2.5, streaming pass^3, music app^3, album^1.5;\n"
	"\n"
	"default kakao\n";

/*
 * reporter: general_user, small_business, enterprise.
 *
 * Order: by share (89.6%, 10.2%, 0.2% of own-service reports), so that a tie
 * goes to the more common kind of reporter.
 *
 * Weights: owners rarely say "I am a business"; they write 저희 가게,
 * 장사, 손님들이, 주문이 안 들어와서, name their role (빵집 사장, 학원
 * 원장입니다, 사장 입장에서, sole proprietor), and drivers write 콜을 못
 * 받아서, 택시기사입니다 or designated driver, so those weigh 3.  A company
 * writes 당사는, 고객사, 저희 회사 서비스, 법인 계정, API 연동, and
 * introduces itself by size (중견, 직원 120명, 500명 규모) or as 고객(법인).
 * Words a private user also writes about Kakao are avoided or weak: 기업 and
 * 대기업 (users call Kakao one), 임직원 and 운영팀 (users cheer Kakao's
 * staff and teams), 당사 (also begins 당사자), 회사 (회사 단톡방).  So are
 * the words of both sides of a sale: a customer too orders (주문 1), uses a
 * delivery app (배달앱 1.5), pays fees (수수료, left out) and gets marked a
 * no-show (노쇼 1).  general_user has terms too, so that a customer's side
 * of a purchase (주문했는데, 주문한, 택시를 잡), a user's self-description
 * (학생, 직장인, 부모님) or a note to Kakao's staff (직원분들, 여러분,
 * 고생하셨습니다) outweighs a single weak business word, but not an owner's
 * own words (빵집 사장입니다 ... 직원분들 힘내세요), and 다음카페 and
 * 카페운영자 outweigh 카페 운영 (a Daum cafe is an online community, not a
 * coffee shop).
 *
 * Default: general_user, nine reports in ten.
 */
static const char reporter_rules[] =
	"general_user:\n"
	"  # who the writer says they are\n"
	"  일반사용자^2, 일반이용자^2, 일반인^2, 개인사용자^2,\n"
	"  사용자로서^1.5, 이용자로서^1.5, 개인적으로^1.5, 학생^2,\n"
	"  수험생^2, 유학생^2, 직장인^2, 회사원^2, 주부입니다^2,\n"
	"  주부인데^2, 전업주부^2, 군인^2, 취준생^2, 해외거주^1.5,\n"
	"  어르신,\n"
	"  # writing to Kakao's staff; a game account; a Daum cafe (a community, not a coffee shop)\n"
	"  여러분^1.5, 직원분들^1.5, 임직원분들^2, 개발자분들^2,\n"
	"  카카오직원, 고생하셨, 수고하셨, 계정연동^1.5, 게임,\n"
	"  카페운영자^2, 다음카페^2,\n"
	"  # family, friends, private life\n"
	"  가족, 부모님^1.5, 엄마, 아빠, 어머니, 아버지, 할머니,\n"
	"  할아버지, 자녀, 아이들, 친구, 지인, 연인, 데이트^1.5, 약속,\n"
	"  생일, 추억, 연락이안^1.5, 연락을못^1.5,\n"
	"  # a customer's side of a purchase, order or ride\n"
	"  구매했는데, 주문했는데^1.5, 시켰는데^1.5, 예약했는데^1.5,\n"
	"  주문한^1.5, 주문내역^1.5, 배송지^2, 선물받^1.5, 택시를잡^2,\n"
	"  택시를못^1.5, 택시를불,\n"
	"  # English\n"
	"  personal, as a user^2, regular user^2, ordinary user^2,\n"
	"  individual^1.5, student^2, my family^1.5, my parents^1.5,\n"
	"  my mom, my dad, my friends, family, friend, i ordered^1.5,\n"
	"  i bought;\n"
	"\n"
	"small_business:\n"
	"  # owners and the self-employed\n"
	"  자영업^3, 소상공인^3, 사장입니다^3, 사장인데^3, 사장님^1.5,\n"
	"  사장으로서^3, 사장입장^3, 집사장^3, 원장입니다^3, 원장인데^3,\n"
	"  관장입니다^3, 관장인데^3, 가맹점주^3, 점주입니다^3, 자사몰^3,\n"
	"  업주^3, 개인사업자^3, 사업자^2, 1인사업^3, 1인기업^3,\n"
	"  소규모^2, 영세^2.5, 프리랜서^2.5, 작가입니다^3, 작가인데^2.5,\n"
	"  웹툰작가^3, 이모티콘작가^3, 생업^2.5, 생계^1.5, 하루벌이^2.5,\n"
	"  일당을^2, 공쳤^2, 공침^2,\n"
	"  # shops and what they run\n"
	"  저희가게^3, 우리가게^3, 가게를^2, 가게가^1.5, 가게사장^3,\n"
	"  가게운영^3, 매장^2, 점포^2.5, 업소^2.5, 사업장^2.5, 식당^1.5,\n"
	"  음식점^2, 빵집^2.5, 카페운영^3, 카페를운영^3, 카페사장^3,\n"
	"  운영하는, 운영중^2, 운영하고, 운영합니다^2.5, 미용실^2.5,\n"
	"  헤어샵^2.5, 네일샵^2.5, 꽃집^2.5, 펜션^2.5, 숙박업^3,\n"
	"  학원운영^3, 학원^1.5, 약국^1.5, 푸드트럭^2.5, 공인중개사^3,\n"
	"  보험설계사^3, 설계사^2.5, 강사^2, 과외^2, 업체, 가맹점^2.5,\n"
	"  프랜차이즈^2,\n"
	"  # customers, orders, bookings\n"
	"  손님^2, 단골^2.5, 저희손님^3, 우리손님^3, 고객들한테^2,\n"
	"  주문이, 주문접수^3, 주문을받^3, 주문을못받^3, 주문못받^3,\n"
	"  주문이안들어^3, 주문, 배달주문^2, 배달^0.5, 배달앱^1.5,\n"
	"  배민^2, 배달의민족^2, 예약받^3, 예약을받^3, 예약손님^3, 노쇼,\n"
	"  # selling and earning\n"
	"  장사를^3, 장사가^3, 장사하^3, 영업^2, 영업손실^3, 매출^2.5,\n"
	"  스마트스토어^3, 온라인판매^3, 쇼핑몰운영^3, 쇼핑몰^2, 셀러^3,\n"
	"  판매자^2.5, 수입^1.5, 인건비^2.5, 임대료^2.5, 알바생^2,\n"
	"  직원월급^2, 포스기^3, 카드단말기^3,\n"
	"  # drivers working through the platform\n"
	"  택시기사^3, 택시운전^3, 택시운행^3, 개인택시^3, 법인택시^3,\n"
	"  대리기사^3, 운전기사^3, 퀵기사^3, 배달기사^3, 라이더^2,\n"
	"  기사입니다^3, 기사인데^3, 콜을못^3, 콜못받^3, 콜이안들어^3,\n"
	"  콜을받^2.5, 콜받^2.5, 손님을태^3, 승객^2, 운행을못^3,\n"
	"  운행^1.5,\n"
	"  # English\n"
	"  my shop^3, our shop^3, my store^3, our store^3,\n"
	"  my restaurant^3, my cafe^3, my business^3, small business^3,\n"
	"  self-employed^3, shop owner^3, business owner^3, owner^1.5,\n"
	"  merchant^2.5, seller^3, online store^3, smartstore^3,\n"
	"  freelance^3, sole proprietor^3, author^2, restaurant^2,\n"
	"  customer^1.5, orders^1.5, commission^2, reservations^2,\n"
	"  bookings^2, sales^2, livelihood^2.5, daily income^2.5,\n"
	"  taxi driver^3, cab driver^3, designated driver^3,\n"
	"  driver here^3, as a driver^3, drivers, courier^2, rider^2,\n"
	"  franchise^2;\n"
	"\n"
	"enterprise:\n"
	"  # a company speaking of itself\n"
	"  저희기업^3, 우리기업^2.5, 기업고객^3, 기업회원^3, 기업계정^3,\n"
	"  기업입니다^3, 기업인데^3, 기업을운영^3, 중견^2.5, 중견기업^3,\n"
	"  중소기업^1.5, 상장사^3, 법인고객^3, 저희법인^3, 법인회원^3,\n"
	"  법인계정^3, 법인명의^3, (법인)^3, 당사는^3, 당사(^3, 당사의^3,\n"
	"  당사가^3, 당사에서^3, 당사서비스^3, 당사고객^3, 자사서비스^3,\n"
	"  자사앱^3, 저희회사^2.5, 우리회사^2, 회사차원^3, 회사서비스^3,\n"
	"  주식회사^3, (주)^3, ㈜^3, 대표이사^3, 스타트업^2.5, 그룹사^3,\n"
	"  계열사^0.5, 사업부^3, 지사, 운영사입니다^3, 명규모^3,\n"
	"  (직원^2.5,\n"
	"  # its people and departments\n"
	"  저희임직원^3, 임직원^1.5, 전직원^2, 직원들^1.5, 임원진^2,\n"
	"  팀장^1.5, 사내메신저^2, 사내공지^2, 전사적^2, cs팀^2,\n"
	"  운영팀^2, 개발팀^2, 마케팅팀^2, 업무마비^1.5, 업무용^1.5,\n"
	"  그룹웨어^2.5, 카카오워크^2,\n"
	"  # its customers, partners and users\n"
	"  고객사^3, 협력사^3, 파트너사^3, 제휴사^3, 회원사^2,\n"
	"  가맹본부^3, 거래처^1.5, 대행사^2.5, 에이전시^2, 광고주^2,\n"
	"  저희서비스^2.5, 우리서비스^2.5, 서비스를운영^3,\n"
	"  서비스운영^2.5, 플랫폼을운영^3, 앱을운영^2.5, 가입자, 수천명,\n"
	"  수만명, 비중^1.5, 이커머스^2, 개발사^1.5, 언론사^3, 방송사^3,\n"
	"  공공기관^2.5, 저희기관^3, 지자체^2.5, 관공서^2,\n"
	"  # integrations and bulk messaging\n"
	"  api^2, api 연동^3, 시스템연동^2.5, 연동, 대량발송^3, 대량^1.5,\n"
	"  발송대행^3, 알림톡발송^2, 비즈메시지^2, 비즈메세지^2,\n"
	"  카카오싱크^2.5, 간편로그인^2, 소셜로그인^2.5, 솔루션^2,\n"
	"  sla^1.5,\n"
	"  # English\n"
	"  our company^3, taxi company^3, our service^3, our users^3,\n"
	"  our customers^2, our clients^2.5, our platform^3, our app^3,\n"
	"  our employees^3, corporate account^3, corporate customers^3,\n"
	"  corporate^1.5, enterprise^2, \"co., ltd\"^3, ltd^2, b2b^3,\n"
	"  integration^2, bulk^2, headquarters, partner companies^3;\n"
	"\n"
	"default general_user\n";

/*
 * The rule-set text of a built-in dimension in an edition, or NULL for an
 * unknown one.  Edition 1 is the rule sets of release 0.3; sql/classify_builtin.sql
 * fingerprints them, so a change to a released edition fails the tests: a
 * new rule set is a new edition, added here beside the old one.
 */
const char *
builtin_rules_text(const char *dimension, int edition)
{
	if (edition != 1)
		return NULL;
	if (strcmp(dimension, "damage_type") == 0)
		return damage_type_rules;
	if (strcmp(dimension, "service") == 0)
		return service_rules;
	if (strcmp(dimension, "reporter") == 0)
		return reporter_rules;
	return NULL;
}
