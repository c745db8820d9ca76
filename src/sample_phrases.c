/*
 * sample_phrases.c
 *		The phrase pieces sample_claims builds its texts from (the
 *		assembly is in sample_claim.c).  Korean and English, language 0 and
 *		1; "slot" is the product a claim is about (sample_phrases.h).
 *		Placeholders: {s} service name, {x} item, event or question,
 *		{a} amount phrase, {m} money.
 *
 *		These texts are part of what sample_claims(n, seed) returns: a
 *		change to any of them changes the generated rows, which
 *		sql/sample_claims.sql fingerprints.
 */
#include "postgres.h"

#include "sample_phrases.h"

/* the service names as claimants write them; index (language * 9 + slot) *
 * 4 + k */
const char *const sample_names[SAMPLE_N_NAMES] = {
	"카톡", "카카오톡", "카카오 톡", "카카오",
	"다음 메일", "다음메일", "카카오메일", "daum 메일",
	"카카오맵", "카카오 맵", "카카오지도", "카카오맵",
	"카카오T", "카카오 T", "카T", "카카오택시",
	"카카오페이", "카카오 페이", "카페이", "카카오페이",
	"카카오뱅크", "카뱅", "카카오 뱅크", "카뱅",
	"카카오게임즈", "카카오 게임즈", "카카오게임", "카겜",
	"멜론", "멜론", "멜론 앱", "멜론(Melon)",
	"카카오페이지", "카카오웹툰", "카카오 페이지", "카카오 웹툰",
	"KakaoTalk", "Kakaotalk", "kakao talk", "KaTalk",
	"Daum Mail", "Daum mail", "Kakao Mail", "daum mail",
	"Kakao Map", "KakaoMap", "Kakao Maps", "kakao map",
	"Kakao T", "KakaoT", "Kakao Taxi", "kakao T",
	"Kakao Pay", "KakaoPay", "kakaopay", "Kakao pay",
	"KakaoBank", "Kakao Bank", "kakaobank", "Kakao bank",
	"Kakao Games", "KakaoGames", "kakao games", "Kakao Games",
	"Melon", "MelOn", "Melon app", "melon",
	"KakaoPage", "Kakao Webtoon", "Kakao Page", "kakao webtoon"
};

/* what a general user paid for (a paid kakao claim always uses slot 0, so
 * slots 1 and 2 repeat it to keep the indexing uniform); index (language *
 * 9 + slot) * 4 + k */
const char *const sample_c_items[SAMPLE_N_C_ITEMS] = {
	"이모티콘 플러스 구독", "톡서랍 플러스", "선물하기 커피 쿠폰", "이모티콘 세트",
	"이모티콘 플러스 구독", "톡서랍 플러스", "선물하기 커피 쿠폰", "이모티콘 세트",
	"이모티콘 플러스 구독", "톡서랍 플러스", "선물하기 커피 쿠폰", "이모티콘 세트",
	"카카오T 블루 호출", "대리운전 호출", "택시 예약 호출", "카카오T 주차 정기권",
	"영화 예매 티켓", "콘서트 예매", "교통카드 충전", "정기결제 멤버십",
	"해외송금 수수료", "ATM 출금 수수료", "환전 수수료", "이체 수수료",
	"오딘 월정액", "시즌 패스", "유료 아이템 패키지", "우마무스메 쥬얼",
	"멜론 스트리밍 이용권", "멜론 무제한 듣기", "멜론티켓 예매", "멜론 이용권 정기결제",
	"웹툰 코인", "웹소설 대여권", "충전한 캐시", "작품 소장권",
	"an Emoticon Plus subscription", "Talk Drawer Plus", "a coffee voucher from Kakao Gift", "a paid emoticon set",
	"an Emoticon Plus subscription", "Talk Drawer Plus", "a coffee voucher from Kakao Gift", "a paid emoticon set",
	"an Emoticon Plus subscription", "Talk Drawer Plus", "a coffee voucher from Kakao Gift", "a paid emoticon set",
	"a Kakao T Blue ride", "a chauffeur (daeri) call", "a taxi reservation", "a Kakao T parking pass",
	"movie tickets bought with {s}", "a concert ticket paid via {s}", "a transit card top-up", "a membership billed to {s}",
	"an overseas transfer fee", "ATM withdrawal fees", "a currency exchange fee", "transfer fees",
	"an Odin monthly pass", "a season pass", "a paid item bundle", "Uma Musume jewels",
	"a Melon streaming pass", "an unlimited listening pass", "a Melon Ticket booking", "an auto-renewed Melon pass",
	"webtoon coins", "web novel rental tickets", "cash I had topped up", "episode ownership tickets"
};

/* what a small business paid for, agreeing with its persona (the same k);
 * index (language * 9 + slot) * 4 + k */
const char *const sample_b_items[SAMPLE_N_B_ITEMS] = {
	"알림톡 발송비", "비즈보드 광고비", "채널 메시지 발송비", "친구톡 광고 메시지 비용",
	"알림톡 발송비", "비즈보드 광고비", "채널 메시지 발송비", "친구톡 광고 메시지 비용",
	"알림톡 발송비", "비즈보드 광고비", "채널 메시지 발송비", "친구톡 광고 메시지 비용",
	"카카오T 프로 멤버십 이용료", "대리 프로그램 이용료", "블루 가맹 수수료", "퀵 배송 중개 수수료",
	"카카오페이 결제 수수료", "카카오페이 가맹점 수수료", "주문하기 서비스 수수료", "정산 서비스 수수료",
	"사업자 통장 이체 수수료", "타행 이체 수수료", "개인사업자 대출 이자", "급여 이체 수수료",
	"PC방 프리미엄 이용료", "PC방 정액 라이선스 요금", "방송용 게임 패키지 구매비", "대회 서버 대여비",
	"음원 유통 수수료", "멜론티켓 판매 대행 수수료", "매장 음악 스트리밍 이용료", "멜론 광고비",
	"작품 프로모션 광고비", "웹툰 광고 집행비", "프로모션 배너 비용", "제휴 광고비",
	"AlimTalk notification fees", "Bizboard ad spend", "channel message fees", "Friend Talk ad message costs",
	"AlimTalk notification fees", "Bizboard ad spend", "channel message fees", "Friend Talk ad message costs",
	"AlimTalk notification fees", "Bizboard ad spend", "channel message fees", "Friend Talk ad message costs",
	"the Kakao T Pro membership fee", "the chauffeur app fee", "the Blue franchise fee", "Kakao T Quick brokerage fees",
	"Kakao Pay processing fees", "Kakao Pay merchant fees", "ordering service fees", "settlement service fees",
	"business account transfer fees", "interbank transfer fees", "interest on my sole-proprietor loan", "payroll transfer fees",
	"the PC bang premium plan fee", "the PC bang flat-rate licence", "a game bundle bought for streaming", "tournament server rental",
	"distribution fees for my tracks", "Melon Ticket agency fees", "the in-store music streaming fee", "Melon ad spend",
	"promotion ad spend for my series", "webtoon ad spend", "promotional banner fees", "partnership ad costs"
};

/* what a company paid for, agreeing with its self-description and its loss
 * (the same k); index (language * 9 + slot) * 2 + k */
const char *const sample_e_items[SAMPLE_N_E_ITEMS] = {
	"알림톡 대량 발송비", "카카오톡 채널 광고비",
	"알림톡 대량 발송비", "카카오톡 채널 광고비",
	"알림톡 대량 발송비", "카카오톡 채널 광고비",
	"카카오T 비즈니스 법인 호출비", "블루 가맹 수수료",
	"온라인 결제 수수료", "정산 서비스 이용료",
	"대량 이체 수수료", "급여 대량 이체 수수료",
	"퍼블리싱 플랫폼 수수료", "제휴 이벤트 비용",
	"티켓 판매 대행 수수료", "멜론 광고 집행비",
	"작품 프로모션 광고비", "유료 결제 연동 수수료",
	"bulk AlimTalk fees", "KakaoTalk channel ad spend",
	"bulk AlimTalk fees", "KakaoTalk channel ad spend",
	"bulk AlimTalk fees", "KakaoTalk channel ad spend",
	"Kakao T for Business ride fees", "the Blue franchise fee",
	"online payment processing fees", "settlement service fees",
	"bulk transfer fees", "bulk payroll transfer fees",
	"publishing platform fees", "partnership event costs",
	"ticketing agency fees", "Melon ad spend",
	"series promotion ad spend", "paid checkout integration fees"
};

/* how a general user lost money when a free service failed; index (language
 * * 9 + slot) * 4 + k */
const char *const sample_c_events[SAMPLE_N_C_EVENTS] = {
	"인증번호가 안 와서 대출 상환일을 넘기는 바람에 연체료가 붙었어요", "숙소 사장님과 연락이 안 돼서 예약 취소 위약금을 물었어요",
	"선물받은 기프티콘이 장애 중에 유효기간이 끝나 버렸어요", "중고거래 판매자와 연락이 끊겨서 보낸 예약금을 날렸어요",
	"인증 메일이 안 와서 항공권 특가 결제를 못 했어요", "계약서 회신 메일을 못 받아서 위약금이 생겼어요",
	"항공사 변경 안내 메일을 놓쳐서 변경 수수료를 냈어요", "세금 고지 메일을 못 봐서 가산금을 냈습니다",
	"길찾기가 안 돼서 기차를 놓치고 표를 다시 샀어요", "지도가 안 떠서 결국 택시를 탔어요",
	"길을 헤매다가 공연 시작을 놓쳐서 표값을 날렸어요", "예약한 식당을 못 찾아서 노쇼 위약금을 냈어요",
	"호출이 안 돼서 모범택시를 탔더니 요금이 두 배 나왔어요", "대리 호출이 안 돼 차를 두고 갔다가 다음날 주차비를 냈어요",
	"택시를 못 잡아 출근이 늦어서 일당이 깎였어요", "공항 가는 택시를 못 불러서 비행기를 놓쳤어요",
	"월세 송금이 안 돼서 연체료를 냈어요", "결제가 계속 실패해서 할인 행사를 놓쳤어요",
	"페이머니가 묶여서 급하게 카드론을 받았어요", "잘못 보낸 송금을 되돌리지 못해서 아직 돈이 묶여 있어요",
	"카드값 결제일에 이체가 안 돼서 연체 처리됐어요", "전세 계약금을 제때 못 보내서 계약이 깨졌어요",
	"대출 이자 자동이체가 빠져서 연체이자가 붙었어요", "청약 납입을 못 해서 가산금을 냈어요",
	"한정 이벤트 보상을 놓쳐서 결국 돈 주고 샀어요", "대회 예선에 접속을 못 해서 참가비를 날렸어요",
	"거래소가 막혀서 아이템을 헐값에 팔았어요", "기간 한정 패키지를 놓쳐서 나중에 더 비싸게 샀어요",
	"멜론티켓 결제창이 멈춰서 잡아둔 자리를 놓치고 비싼 표를 다시 샀어요", "예매가 안 돼서 웃돈 주고 양도표를 샀어요",
	"입장 QR이 안 떠서 현장 재발권 수수료를 냈어요", "티켓 취소 처리가 안 돼서 취소 수수료가 붙었어요",
	"할인 이벤트 기간을 놓쳐서 정가로 결제했어요", "기다무 타이머가 초기화돼서 코인을 더 샀어요",
	"이벤트 캐시가 지급되지 않았어요", "출석 보상 캐시가 날아갔어요",
	"the verification code never came, I missed a loan repayment date and got a late fee", "I could not reach the guesthouse owner and paid a cancellation penalty",
	"a gifticon someone sent me expired during the outage", "I lost contact with a secondhand seller and my deposit was gone",
	"the verification email never arrived so I lost a flight sale price", "I never got a contract reply email and ended up owing a penalty",
	"I missed an airline change notice and paid a change fee", "I missed a tax notice email and paid a surcharge",
	"directions would not load, I missed my train and bought another ticket", "the map was blank so I took a taxi instead",
	"I got lost, missed the start of a show and lost the ticket price", "I could not find the restaurant I had booked and was charged a no-show fee",
	"no taxi call went through so I took a deluxe cab at double the fare", "the chauffeur call failed, I left my car and paid parking the next day",
	"I could not get a cab, was late for work and lost a day of pay", "I could not call a cab to the airport and missed my flight",
	"my rent transfer failed and I paid a late fee", "payments kept failing and I missed a sale",
	"my Pay Money was locked so I took a card loan", "a transfer sent to the wrong person could not be reversed and the money is still stuck",
	"my card bill transfer failed on the due date and went overdue", "I could not send a lease deposit in time and the deal collapsed",
	"my loan interest auto-debit failed and I was charged overdue interest", "I missed a housing subscription payment and paid a surcharge",
	"I missed a limited event reward and ended up paying for it", "I could not log in for a tournament qualifier and lost the entry fee",
	"the exchange was down so I dumped items at a loss", "I missed a limited-time package and paid more later",
	"the Melon Ticket checkout froze, I lost my seats and paid more for new ones", "booking failed so I bought resale tickets at a markup",
	"the entry QR would not load and I paid a reissue fee", "a ticket cancellation was not processed and I was charged a fee",
	"I missed a discount event and paid full price", "my wait-for-free timer reset and I bought extra coins",
	"event cash was never credited", "my attendance reward cash vanished"
};

/* how a small business lost money, agreeing with its persona (the same k);
 * index (language * 9 + slot) * 4 + k */
const char *const sample_b_events[SAMPLE_N_B_EVENTS] = {
	"{s} 주문을 하나도 못 받았어요", "예약 주문 문의에 답을 못 해서 손님을 다 놓쳤어요",
	"예약 손님들과 연락이 안 돼서 노쇼가 줄줄이 났어요", "알림톡이 안 나가서 배송 문의랑 환불 요청이 쏟아졌어요",
	"거래처 발주 메일을 못 받아서 납품 기회를 놓쳤어요", "견적 요청 메일이 안 들어와서 공사 계약을 놓쳤어요",
	"세금계산서 메일이 안 나가서 대금 입금이 밀렸어요", "마감 시안을 메일로 못 보내서 계약금이 깎였어요",
	"{s}에 가게가 안 떠서 손님이 확 줄었어요", "검색이 안 돼서 예약 손님들이 가게를 못 찾아왔어요",
	"위치 안내가 안 돼서 예약이 연달아 취소됐어요", "길찾기가 안 돼 배달이 늦어져서 환불해 드렸어요",
	"사흘 동안 콜을 거의 못 받았어요", "대리 앱에 콜이 이틀 동안 하나도 안 떴어요",
	"배차가 안 돼서 예약 손님들이 다 취소했어요", "퀵 배송 콜이 끊겨서 며칠 일을 못 했어요",
	"온라인 주문 결제가 다 실패해서 매출이 반토막 났어요", "{s} 결제가 안 돼서 손님들이 그냥 돌아갔어요",
	"주문 결제가 안 돼서 픽업 주문이 다 취소됐어요", "정산이 밀려서 물품 대금을 제때 못 냈어요",
	"사업자 통장 이체가 막혀서 식자재 대금이 밀렸어요", "거래처 대금을 못 보내서 물건을 못 받았어요",
	"대출 이자 자동이체가 안 돼서 연체이자가 붙었어요", "직원 급여를 제때 못 줘서 지연 이자까지 물어줬어요",
	"게임 접속이 안 돼서 PC방 손님이 다 나갔어요", "주말 손님이 평소 반도 안 왔어요",
	"방송을 못 켜서 후원 수익이 끊겼어요", "온라인 대회가 취소돼서 준비 비용을 날렸어요",
	"음원 스트리밍 수익이 며칠 동안 끊겼어요", "멜론티켓 예매가 막혀서 공연 티켓을 못 팔았어요",
	"매장 음악이 끊겨서 급하게 다른 서비스를 따로 결제했어요", "신곡 발매 프로모션이 날아가서 매출이 없었어요",
	"연재 작품 조회수가 뚝 떨어져서 수익이 줄었어요", "유료 회차 결제가 안 돼서 판매가 끊겼어요",
	"신작 프로모션 기간이 통째로 날아갔어요", "신간 이벤트가 무산돼서 광고비만 날렸어요",
	"I could not take a single {s} order", "flower orders came in as chats I could not answer and the customers went elsewhere",
	"I could not reach booked clients and had no-show after no-show", "notification messages failed and delivery questions and refund requests piled up",
	"a purchase order email never reached me and I missed a delivery", "a quote request never arrived and I lost the job",
	"tax invoice emails did not go out and payments came in late", "I could not email the final drafts and my fee was cut",
	"my shop vanished from {s} and walk-ins dropped sharply", "customers with bookings could not find the cafe",
	"the location would not show and bookings were cancelled one after another", "navigation failed, deliveries ran late and I refunded them",
	"I got almost no calls for three days", "the chauffeur app showed zero calls for two days",
	"dispatch failed and booked passengers cancelled", "quick delivery calls stopped and I could not work for days",
	"online checkout failed and sales halved", "customers could not pay with {s} and just left",
	"order payments failed and pickup orders were cancelled", "settlements were late and I could not pay suppliers on time",
	"business account transfers were blocked and food supplier payments slipped", "I could not pay a supplier and they held my goods",
	"my loan interest auto-debit failed and overdue interest was added", "I could not pay staff on time and covered the late interest myself",
	"games would not connect and PC bang customers walked out", "weekend traffic was less than half of normal",
	"I could not stream and donation income stopped", "an online tournament was cancelled and the prep money was wasted",
	"streaming income stopped for days", "Melon Ticket sales for our show were blocked",
	"the in-store music stopped and I had to pay for another service", "a single release promotion was lost and sales never came",
	"views of my series collapsed and so did my income", "readers could not pay for paid episodes",
	"a new-series promotion window was lost entirely", "a book launch event fell through and the ad money was wasted"
};

/* how a company lost money; index (language * 9 + slot) * 2 + k */
const char *const sample_e_events[SAMPLE_N_E_EVENTS] = {
	"인증 알림톡이 안 나가서 고객 주문이 대거 취소됐습니다", "카카오 로그인이 막혀서 자사 앱 가입과 결제가 멈췄습니다",
	"발주 메일 수신이 막혀 납품 일정이 밀렸습니다", "세금계산서 메일 발송이 안 돼 대금 회수가 늦어졌습니다",
	"지도 API가 멈춰서 자사 배송 앱이 먹통이 됐습니다", "매장 찾기 기능이 안 돼 전국 매장 방문객이 줄었습니다",
	"임직원 출장 호출이 막혀 대체 교통비가 들었습니다", "소속 택시 배차가 중단돼 운송 수입이 급감했습니다",
	"온라인몰 결제 수단이 막혀 주문이 대량 이탈했습니다", "정산 지연으로 가맹점 대금 지급이 밀렸습니다",
	"대량 이체가 중단돼 협력사 대금 지급이 늦어졌습니다", "급여 이체가 늦어져서 지연 보상금을 지급했습니다",
	"퍼블리싱 게임 접속 장애로 이벤트 매출이 급감했습니다", "제휴 프로모션이 무산돼 마케팅 비용을 날렸습니다",
	"공연 티켓 오픈이 무산돼 재오픈 비용이 발생했습니다", "음원 발매 프로모션이 중단돼 마케팅 비용을 날렸습니다",
	"작품 런칭 프로모션이 중단돼 매출 손실이 컸습니다", "유료 결제가 막혀 판매 수익이 끊겼습니다",
	"verification messages failed and a large share of customer orders were cancelled", "Kakao Login was down so sign-ups and payments in our app stopped",
	"purchase order emails stopped arriving and deliveries slipped", "tax invoice emails failed and collections were delayed",
	"the map API stopped and our delivery app went dark", "our store locator broke and visits fell across all branches",
	"staff business rides could not be booked and we paid for alternatives", "dispatch to our taxis stopped and fare revenue collapsed",
	"our web shop lost its payment option and orders dropped sharply", "settlement delays pushed back payments to our franchisees",
	"bulk transfers stopped and supplier payments were late", "payroll went out late and we paid staff a delay allowance",
	"a title we develop was unreachable and event revenue fell", "a partner promotion was cancelled and the marketing budget was lost",
	"a ticket launch collapsed and relaunch costs followed", "a release promotion stopped and the marketing spend was wasted",
	"a series launch promotion stopped and sales suffered", "paid checkout was blocked and sales income stopped"
};

/* who the small business is; index (language * 9 + slot) * 4 + k */
const char *const sample_personas[SAMPLE_N_PERSONAS] = {
	"동네에서 반찬가게 합니다. ", "꽃집 운영하고 있어요. ", "1인 미용실 원장입니다. ", "작은 공방 사장인데요, ",
	"1인 무역업 하고 있습니다. ", "인테리어 시공하는 자영업자입니다. ", "작은 인쇄소 운영합니다. ", "프리랜서 디자이너(개인사업자)입니다. ",
	"골목에서 식당 합니다. ", "동네 카페 사장입니다. ", "네일샵 운영 중이에요. ", "작은 빵집 합니다. ",
	"개인택시 기사입니다. ", "대리운전 기사예요. ", "카카오T 블루 기사입니다. ", "퀵서비스 라이더입니다. ",
	"온라인 쇼핑몰 운영합니다. ", "푸드트럭 사장입니다. ", "테이크아웃 카페 운영해요. ", "소품샵 사장입니다. ",
	"개인사업자로 식당 합니다. ", "작은 도매상 운영 중입니다. ", "카뱅 사업자 통장 쓰는 자영업자입니다. ", "직원 셋 있는 가게 사장입니다. ",
	"PC방 사장입니다. ", "PC방 두 곳 운영합니다. ", "게임 방송하는 개인 스트리머예요. ", "소규모 게임대회 운영 업체입니다. ",
	"인디 음악 하는 사람입니다. ", "소규모 공연 기획사 대표입니다. ", "동네 카페 사장인데요, ", "1인 음반 레이블 운영합니다. ",
	"카카오페이지 연재 작가입니다. ", "웹툰 작가(개인사업자)입니다. ", "웹소설 연재하는 작가예요. ", "1인 출판사 대표입니다. ",
	"I run a small side-dish shop. ", "I own a flower shop. ", "I run a one-person hair salon. ", "I have a small craft studio. ",
	"I run a one-person trading business. ", "I am a self-employed interior contractor. ", "I run a small print shop. ", "Freelance designer (sole proprietor) here. ",
	"I run a small restaurant. ", "I own a neighborhood cafe. ", "I run a nail salon. ", "I own a small bakery. ",
	"I am a private taxi driver. ", "I work as a chauffeur (daeri) driver. ", "I drive a Kakao T Blue cab. ", "I am a quick-delivery rider. ",
	"I run an online store. ", "I own a food truck. ", "I run a takeout cafe. ", "I own a gift shop. ",
	"Sole proprietor, I run a restaurant. ", "I run a small wholesale business. ", "Self-employed, using a KakaoBank business account. ", "I own a shop with three employees. ",
	"I own a PC bang. ", "I run two PC bangs. ", "I am an independent game streamer. ", "We are a small esports tournament organiser. ",
	"I am an indie musician. ", "I run a small concert promotion company. ", "I own a neighborhood cafe. ", "I run a one-person record label. ",
	"I publish a series on KakaoPage. ", "Webtoon artist, self-employed. ", "I write a web novel series. ", "I run a one-person publishing house. "
};

/* questions about one product; index (language * 9 + slot) * 4 + k */
const char *const sample_questions[SAMPLE_N_QUESTIONS] = {
	"{s} 백업 안 한 대화도 복구되나요?", "그때 보낸 메시지가 상대방한테 안 갔는데 다시 보내야 하나요?",
	"이모티콘 플러스 구독 기간 연장해 주시나요?", "톡서랍 백업이 중간에 끊겼는데 데이터는 괜찮은 건가요?",
	"{s} 장애 중에 온 메일은 유실된 건가요?", "수신이 늦어진 메일은 나중에 다 들어오나요?",
	"보낸 메일이 실제로 나갔는지 어떻게 확인하나요?", "메일 자동전달 설정이 풀렸는데 원래대로 돌려주나요?",
	"{s}에 저장해 둔 장소들이 안 보여요. 다시 돌아오나요?", "내 장소 폴더는 언제 복구되나요?",
	"지도에 남긴 리뷰가 안 보이는데 삭제된 건가요?", "길찾기 최근 기록도 복구되나요?",
	"{s} 블루 호출비 환불은 어떻게 받나요?", "장애 때 택시비가 두 번 결제된 것 같은데 확인해 주실 수 있나요?",
	"카카오내비 최근 목적지 기록이 사라졌는데 살릴 수 있나요?", "대리 기사 보상은 어디로 신청하나요?",
	"장애 중에 한 송금이 두 번 나갔는데 확인 가능한가요?", "{s} 결제 취소는 언제 반영되나요?",
	"페이머니 잔액이 맞는지 어떻게 확인하나요?", "후불교통 결제가 밀렸는데 연체로 잡히나요?",
	"장애 때 예약이체가 안 됐는데 자동으로 다시 되나요?", "{s} 이체 지연으로 생긴 연체 기록은 지워 주시나요?",
	"적금 납입일을 넘겼는데 우대금리는 유지되나요?", "체크카드 승인 내역이 이상한데 확인 가능할까요?",
	"{s} 접속 장애 보상 아이템은 언제 지급되나요?", "장애 중에 끝난 이벤트 다시 열어 주나요?",
	"보상 우편 수령 기한이 있나요?", "패키지 구매 기록이 안 보이는데 복구되나요?",
	"멜론 이용권 기간 연장되나요?", "장애 기간에 못 들은 거 보상 있나요?",
	"플레이리스트가 비어 있는데 복구되나요?", "멜론티켓 예매 내역이 안 보이는데 확인 가능할까요?",
	"충전해 둔 코인 잔액이 0으로 보이는데 정상인가요?", "기다무 시간 초기화된 거 돌려주나요?",
	"{s} 대여권 기간 연장되나요?", "구매한 소장 회차가 안 보이는데 복구되나요?",
	"Will chats I never backed up on {s} come back?", "Messages I sent during the outage never arrived. Do I have to resend them?",
	"Will my Emoticon Plus subscription be extended?", "My Talk Drawer backup stopped halfway. Is my data safe?",
	"Were emails sent to me during the {s} outage lost?", "Will delayed emails still arrive?",
	"How can I tell whether the mails I sent actually went out?", "My auto-forwarding setting was reset. Will it be restored?",
	"My saved places on {s} are gone. Will they come back?", "When will my place folders be restored?",
	"My map reviews disappeared. Were they deleted?", "Will my recent route history come back?",
	"How do I get a refund for a Blue call fee on {s}?", "I think a taxi fare was charged twice during the outage. Can you check?",
	"My recent destinations in Kakao Navi are gone. Can they be recovered?", "Where do chauffeur drivers apply for compensation?",
	"A transfer went out twice during the outage. Can you check?", "When will a cancelled {s} payment show up?",
	"How do I verify my Pay Money balance is right?", "My transit pay-later charge was delayed. Will it count as overdue?",
	"A scheduled transfer failed during the outage. Will it run again automatically?", "Will {s} remove the overdue record caused by the transfer delay?",
	"I missed a savings deposit date. Do I keep the bonus rate?", "My check card approvals look wrong. Can you check them?",
	"When will the {s} outage compensation items arrive?", "Will events that ended during the outage be reopened?",
	"Is there a deadline to claim compensation mail in game?", "A package purchase is missing from my history. Will it be restored?",
	"Will my Melon pass be extended?", "Is there compensation for the days I could not stream?",
	"My playlists are empty. Can they be restored?", "My Melon Ticket booking is not showing. Can you check?",
	"My coin balance shows zero. Is that normal?", "Will my wait-for-free timers be restored?",
	"Will {s} extend my rental tickets?", "Episodes I bought are missing. Will they come back?"
};

/* questions by reporter; index (language * 3 + reporter) * 4 + k */
const char *const sample_gen_questions[SAMPLE_N_GEN_QUESTIONS] = {
	"{s} 피해 보상 신청은 어디서 하나요?", "{s} 장애 보상은 언제쯤 나오나요?",
	"{s} 보상 대상 기준이 뭔지 알려주세요.", "무료로 쓰는 사람도 {s} 보상 받을 수 있나요?",
	"소상공인 지원금 신청은 어디서 하나요?", "{s} 장애 피해 증빙은 어떤 서류로 내면 되나요?",
	"매출 손실이 30만원 이하면 얼마 지원되는 건가요?", "소상공인 피해 접수 결과는 언제 나오나요?",
	"법인도 {s} 장애 피해 접수가 되나요?", "기업 고객 보상 협의 창구가 따로 있습니까?",
	"당사 피해 산정 자료는 어디로 제출하면 됩니까?", "{s} 기업 고객 대상 보상 기준을 안내해 주십시오.",
	"Where do I file a compensation claim for {s}?", "When will {s} outage compensation be paid?",
	"What are the criteria for {s} compensation?", "Can free users of {s} get compensation too?",
	"Where do small businesses apply for support?", "What documents prove {s} outage losses for a small shop?",
	"If my lost sales are under 300,000 won, how much support do I get?", "When will small-business claims be decided?",
	"Can a corporation file a {s} outage claim?", "Is there a separate channel for corporate compensation talks?",
	"Where should we submit our damage assessment?", "Please share the compensation criteria for {s} business customers."
};

/* optional self-description of a general user; index language * 6 + k */
const char *const sample_gen_ids[SAMPLE_N_GEN_IDS] = {
	"직장인입니다. ", "대학생인데요, ", "평범한 이용자입니다. ", "부모님 대신 글 남깁니다. ", "주부예요. ", "자취하는 사회초년생입니다. ",
	"Office worker here. ", "Just a regular user. ", "I am a student. ", "Writing on behalf of my parents. ", "I am a stay-at-home parent. ", "I am new to working life and live alone. "
};

/* who the company is, agreeing with e_items and e_events; index (language *
 * 9 + slot) * 2 + k */
const char *const sample_ent_ids[SAMPLE_N_ENT_IDS] = {
	"온라인 유통기업 운영팀입니다. ", "전국 80개 매장을 둔 프랜차이즈 본사입니다. ",
	"직원 400명 규모 제조업체 구매팀입니다. ", "(주)한결상사 경영지원팀입니다. ",
	"중견 물류회사 배송관리팀입니다. ", "전국에 매장을 둔 외식 프랜차이즈 본사입니다. ",
	"중견 제조업체 총무팀입니다. ", "택시 120대를 운영하는 운수회사입니다. ",
	"온라인 쇼핑몰 운영사 재무팀입니다. ", "프랜차이즈 본사 정산 담당자입니다. ",
	"중견 유통업체 재무팀입니다. ", "직원 300명 규모 IT 기업 인사팀입니다. ",
	"카카오게임즈와 계약한 중견 게임 개발사입니다. ", "게임 제휴 광고를 집행한 식음료 기업 마케팅팀입니다. ",
	"공연 기획사(직원 200명) 티켓팅 담당입니다. ", "음반 기획사 마케팅팀입니다. ",
	"웹툰 제작 스튜디오(직원 150명)입니다. ", "웹소설 출판사 매출관리팀입니다. ",
	"This is the operations team of an online retailer. ", "We are the head office of a franchise with 80 stores. ",
	"Purchasing team of a manufacturer with about 400 employees. ", "Hangyeol Trading Co., Ltd., management support team. ",
	"Writing for the delivery team of a mid-sized logistics company. ", "We are the head office of a restaurant franchise. ",
	"General affairs team of a mid-sized manufacturer. ", "We are a taxi company running 120 cabs. ",
	"Finance team of an online shopping mall operator. ", "I handle settlements at a franchise head office. ",
	"Finance team of a mid-sized distributor. ", "HR team of an IT company with 300 employees. ",
	"We are a mid-sized studio developing a game published by Kakao Games. ", "Marketing team of a food company that ran an in-game partnership. ",
	"Ticketing lead at a concert promoter with 200 staff. ", "Marketing team of a record label. ",
	"We are a webtoon studio with 150 staff. ", "Sales team of a web novel publisher. "
};

/* greetings, 3 of 10 non-empty; index language * 10 + k */
const char *const sample_greetings[SAMPLE_N_GREETINGS] = {
	"안녕하세요. ", "안녕하세요 ", "수고 많으십니다. ", "", "", "", "", "", "", "",
	"Hello. ", "Hi. ", "To the Kakao team: ", "", "", "", "", "", "", ""
};

/* core sentences, 8 per group: 0 paid (general user), 1 paid (business), 2
 * free-service money loss, 3 inquiry, 4 protest, 5 opinion, 6
 * encouragement; index (language * 7 + group) * 8 + t */
const char *const sample_templates[SAMPLE_N_TEMPLATES] = {
	"{x} 결제했는데 {s} 장애로 제대로 이용을 못 했습니다.{a}",
	"{s} 먹통이던 동안 {x} 쪽은 전혀 이용 못 함.{a} 환불이나 연장 부탁드려요",
	"유료로 결제한 {x}, {s} 장애 때문에 날렸어요.{a}",
	"{s} 장애 기간에 {x} 돈만 나가고 서비스는 못 받았어요.{a}",
	"{x} 때문에 돈을 냈는데 {s} 안 되는 동안 쓸모가 없었어요.{a}",
	"{s} 유료 이용자입니다. {x} 결제분 보상해 주세요.{a}",
	"10월 15일 {s} 장애로 {x} 날아감.{a} 결제한 건 돌려받아야죠",
	"{x} 결제 내역 첨부합니다. {s} 장애로 못 쓴 만큼 환불 요청해요.{a}",
	"{x} 냈는데 {s} 장애 기간에는 서비스를 전혀 못 받았습니다.{a}",
	"매달 {x} 내고 있는데 {s} 먹통인 동안에도 그대로 빠져나갔어요.{a} 환급해 주세요",
	"{s} 장애로 {x}만 나가고 효과는 하나도 없었습니다.{a}",
	"장애 기간 {x} 환불 요청합니다. {s} 쪽 문제로 못 쓴 거니까요.{a}",
	"{x} 결재된 내역이 있는데 {s} 장애로 하나도 활용 못 했어요.{a}",
	"{s} 유료 서비스({x}) 쓰는 중인데 장애 동안 돈만 나갔습니다.{a}",
	"{s} 장애 기간에 청구된 {x} 정정 부탁드립니다.{a}",
	"{x} 다 냈는데 {s} 먹통으로 손해만 봤네요.{a}",
	"{s} 먹통돼서 {x}.{a}",
	"{s} 장애 때문에 {x}.{a} 보상 부탁드립니다",
	"{x}. 전부 {s} 장애 때문입니다.{a}",
	"무료 서비스라도 피해는 피해죠. {s} 장애로 {x}.{a}",
	"10/15 {s} 장애 때 {x}.{a} 증빙 자료 있습니다",
	"{s} 안 되는 바람에 {x}.{a}",
	"{s} 장애 ㅡㅡ {x}.{a} 이거 누가 책임지나요",
	"판교 화재로 {s} 멈췄을 때 {x}.{a}",
	"{x}",
	"{x} 답변 부탁드립니다",
	"문의드립니다. {x}",
	"{s} 관련 문의입니다. {x}",
	"{x} 공지를 찾아봐도 없네요",
	"궁금한 게 있는데요, {x}",
	"{x} 빠른 답변 부탁드려요",
	"고객센터 연결이 안 돼서 여기 남깁니다. {x}",
	"{s} 먹통 5일이 말이 됩니까? 이중화도 안 해놓고",
	"국민 앱이라면서 이게 뭡니까. {s} 책임자는 사과하세요",
	"{s} 장애 대응 진짜 최악입니다. 공지도 늦고 안내도 없고",
	"데이터센터 불 하나에 {s} 전부 멈추는 게 정상입니까",
	"{s} 이번 일로 정떨어졌어요. 갈아탑니다",
	"이모티콘 몇 개로 퉁칠 생각 마세요. {s} 제대로 책임지세요",
	"{s} 며칠째 먹통이었는데 제대로 된 설명 하나 없네요",
	"화재 핑계 대지 마세요. {s} 관리 부실이 원인입니다",
	"{s} 정도 서비스면 데이터센터 이중화는 기본이어야 한다고 봅니다",
	"장애 공지는 {s} 말고 문자나 홈페이지로도 같이 해주면 좋겠어요",
	"개인적으로 {s} 보상은 현금보다 이용 기간 연장이 맞는 것 같아요",
	"{s} 하나에 다 의존한 게 문제였던 것 같아요. 대체 수단 하나씩은 있어야 할 듯",
	"정부가 {s} 같은 플랫폼의 재난 대응 기준을 만들어야 한다고 생각합니다",
	"장애가 나면 {s} 바깥에서 볼 수 있는 현황판이 있어야 할 것 같아요",
	"무료 서비스라도 {s} 정도 규모면 사회적 책임이 있다고 봐요",
	"보상 기준은 피해 유형별로 투명하게 공개해 주셨으면 합니다. {s} 이용자로서 드리는 의견입니다",
	"{s} 복구하느라 고생 많으셨습니다",
	"밤새 복구하신 개발자분들 감사합니다. {s} 다시 돼서 다행이에요",
	"며칠 {s} 없이 지내 보니 얼마나 많이 쓰는지 알겠더라고요. 힘내세요",
	"보상 안 해주셔도 괜찮아요. {s} 계속 쓸게요",
	"{s} 응원합니다! 이번 일 계기로 더 튼튼해지길",
	"현장에서 고생하신 직원분들 모두 수고하셨어요. {s} 화이팅",
	"불 난 건 어쩔 수 없는 일이죠. {s} 힘내세요",
	"다시 잘 되니까 됐습니다. {s} 늘 잘 쓰고 있어요",
	"I paid for {x} and could not use it properly while {s} was down.{a}",
	"While {s} was dead I got nothing out of {x}.{a} Please refund or extend it.",
	"Paid for {x}, lost it to the {s} outage.{a}",
	"During the {s} outage I was charged for {x} and got no service.{a}",
	"I spent money on {x} and it was useless while {s} was down.{a}",
	"Paying {s} user here. Please compensate me for {x}.{a}",
	"The Oct 15 {s} outage wiped out {x}.{a} I want my money back.",
	"Receipt for {x} attached. Requesting a refund for the {s} downtime.{a}",
	"We paid {x} but got no service while {s} was down.{a}",
	"Charged {x} as usual even though {s} was out.{a} Please refund.",
	"The {s} outage meant {x} bought nothing.{a}",
	"Requesting a refund of {x} for the outage period, since {s} could not deliver.{a}",
	"Billed for {x}, yet {s} was unusable the whole time.{a}",
	"Paying {s} business customer here ({x}); we lost the service we paid for.{a}",
	"Please correct the {s} invoice: {x} for days with no service.{a}",
	"Paid {x} for nothing. {s} was down for days.{a}",
	"{s} went down and {x}.{a}",
	"Because of the {s} outage, {x}.{a} Please compensate.",
	"{x}. All because {s} was down.{a}",
	"It may be a free service, but the damage is real: {x} when {s} failed.{a}",
	"On Oct 15, during the {s} outage, {x}.{a} I have proof.",
	"{s} stopped working and {x}.{a}",
	"Thanks to the {s} outage, {x}.{a} Who is responsible for this?",
	"When the Pangyo fire took {s} down, {x}.{a}",
	"{x}",
	"{x} Please reply.",
	"Question: {x}",
	"About {s}: {x}",
	"{x} I could not find any notice on this.",
	"Quick question. {x}",
	"{x} A fast answer would help.",
	"The help center never picks up, so asking here. {x}",
	"{s} down for five days? No redundancy at all?",
	"They call it a national app and this is what we get. {s} management should apologise.",
	"The way {s} handled this outage is the worst. Late notices, zero information.",
	"One fire and all of {s} stops? That is not normal.",
	"Done with {s} after this. Switching for good.",
	"Do not think a few emoticons settle this. {s} must take real responsibility.",
	"Days of {s} being dead and still no proper explanation?",
	"Stop blaming the fire. {s} neglected its infrastructure.",
	"A service the size of {s} should have a fully separate backup data center.",
	"Please post outage notices outside {s} too, by SMS or on the website.",
	"For {s}, extending subscriptions seems fairer than cash compensation.",
	"Relying on {s} for everything was the real problem. Everyone needs a backup app.",
	"The government should set disaster rules for platforms like {s}.",
	"There should be a status board for {s} that lives outside its own servers.",
	"Even for a free service, something as big as {s} carries public responsibility.",
	"Please publish the compensation criteria by damage type. Just my view as a {s} user.",
	"Thanks to everyone who worked to bring {s} back.",
	"To the engineers who stayed up all night: thank you. Glad {s} is back.",
	"A few days without {s} showed me how much I use it. Hang in there.",
	"No need to compensate me, I will keep using {s}.",
	"Rooting for {s}! Come back stronger.",
	"Big thanks to the staff on site. Go {s}!",
	"A fire can happen to anyone. Cheer up, {s} team.",
	"It works again and that is what matters. Love {s}."
};

/* amount phrases, kind 0 paid, 1 a general user's loss, 2 a business's
 * loss; index (language * 3 + kind) * 6 + k */
const char *const sample_amount_phrases[SAMPLE_N_AMOUNT_PHRASES] = {
	" 결제 금액은 {m}입니다.", " {m} 결제했어요.", " ({m})", " 금액 {m}.", " 환불 요청 금액 {m}.", " 총 {m} 나갔습니다.",
	" 손해 {m}.", " {m} 날렸어요.", " 피해 금액 약 {m}.", " ({m} 손해)", " 생돈 {m} 나갔습니다.", " 피해액 {m}.",
	" 매출 손실 약 {m}.", " 손실 추정 {m}.", " {m} 정도 매출이 빠졌습니다.", " (피해액 {m})", " 피해 금액은 {m} 정도로 봅니다.", " 장부상 손실 {m}.",
	" It cost {m}.", " ({m})", " Amount paid: {m}.", " That was {m}.", " Refund amount: {m}.", " Total {m}.",
	" I lost {m}.", " Loss: {m}.", " About {m} gone.", " ({m} lost)", " That cost me {m}.", " Damage: {m}.",
	" Estimated lost sales: {m}.", " We lost about {m}.", " Revenue loss of roughly {m}.", " (damage {m})", " Our estimate is {m}.", " Loss per our books: {m}."
};

/* closing words; the first 3 of each group are non-empty (a mixed-language
 * text always gets one); index (language * 6 + damage_type) * 6 + k */
const char *const sample_closers[SAMPLE_N_CLOSERS] = {
	" 빠른 처리 부탁드려요", " 환불 원합니다", " 답변 기다리겠습니다", "", "", "",
	" 꼭 보상해 주세요", " 증빙 필요하면 보내드릴게요", " 빨리 처리해 주세요", "", "", "",
	" 감사합니다", " 답변 부탁드려요", " 수고하세요", "", "", "",
	" 진짜 어이없네요", " 각성하세요", " 정신 차리세요", "", "", "",
	" 참고해 주세요", " 개인적인 생각입니다", " 검토 부탁드려요", "", "", "",
	" 화이팅!", " 힘내세요", " 감사해요", "", "", "",
	" Please process this quickly.", " I want a refund.", " Waiting for your reply.", "", "", "",
	" Please compensate.", " I can send proof.", " Please handle this soon.", "", "", "",
	" Thanks.", " Please let me know.", " Thank you in advance.", "", "", "",
	" Unbelievable.", " Get it together.", " Shame on you.", "", "", "",
	" Please consider it.", " Just my two cents.", " Hope this helps.", "", "", "",
	" Fighting!", " Stay strong.", " Thank you!", "", "", ""
};

/* emoji and the like; index (language * 6 + damage_type) * 8 + k */
const char *const sample_tails[SAMPLE_N_TAILS] = {
	"", "", "ㅠㅠ", ";;", "..", "", " 🙏", "ㅡㅡ",
	"", "", "ㅠㅠ", "ㅠ", " 😭", "...", "", " 🙏",
	"", "", "ㅠㅠ", "ㅠ", " 🙏", "", "..", "",
	"", " 😡", "!!", "ㅡㅡ", "", " 🤬", "", "..",
	"", "", "ㅎㅎ", "", ".", " 👍", "", "",
	" ❤️", " 💪", "ㅎㅎ", " 👍", "", " 😊", "!!", " 🙏",
	"", "", "", " 🙏", " :(", "", "", "",
	"", "", " :(", " 😭", "", "", "", "",
	"", "", "", "", "", " 🙏", "", "",
	"", " 😡", "", "", " 🤬", "", "", "",
	"", "", "", " 👍", "", "", "", "",
	" ❤️", " 💪", "", "", " 😊", " 👍", " 🙏", ""
};
