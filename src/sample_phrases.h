/*
 * sample_phrases.h
 *		The phrase tables of sample_claims (sample_phrases.c).
 *
 * Language 0 is Korean, 1 English.  Slots, the product a claim is about:
 * 0 KakaoTalk, 1 Daum/Kakao Mail, 2 Kakao Map (service kakao), 3 Kakao T
 * (mobility), 4 Kakao Pay (pay), 5 KakaoBank (bank), 6 Kakao Games (games),
 * 7 Melon, 8 KakaoPage/Webtoon (entertainment).
 */
#ifndef SAMPLE_PHRASES_H
#define SAMPLE_PHRASES_H

#define SAMPLE_SLOTS	9

#define SAMPLE_N_NAMES	72
extern const char *const sample_names[SAMPLE_N_NAMES];

#define SAMPLE_N_C_ITEMS	72
extern const char *const sample_c_items[SAMPLE_N_C_ITEMS];

#define SAMPLE_N_B_ITEMS	72
extern const char *const sample_b_items[SAMPLE_N_B_ITEMS];

#define SAMPLE_N_E_ITEMS	36
extern const char *const sample_e_items[SAMPLE_N_E_ITEMS];

#define SAMPLE_N_C_EVENTS	72
extern const char *const sample_c_events[SAMPLE_N_C_EVENTS];

#define SAMPLE_N_B_EVENTS	72
extern const char *const sample_b_events[SAMPLE_N_B_EVENTS];

#define SAMPLE_N_E_EVENTS	36
extern const char *const sample_e_events[SAMPLE_N_E_EVENTS];

#define SAMPLE_N_PERSONAS	72
extern const char *const sample_personas[SAMPLE_N_PERSONAS];

#define SAMPLE_N_QUESTIONS	72
extern const char *const sample_questions[SAMPLE_N_QUESTIONS];

#define SAMPLE_N_GEN_QUESTIONS	24
extern const char *const sample_gen_questions[SAMPLE_N_GEN_QUESTIONS];

#define SAMPLE_N_GEN_IDS	12
extern const char *const sample_gen_ids[SAMPLE_N_GEN_IDS];

#define SAMPLE_N_ENT_IDS	36
extern const char *const sample_ent_ids[SAMPLE_N_ENT_IDS];

#define SAMPLE_N_GREETINGS	20
extern const char *const sample_greetings[SAMPLE_N_GREETINGS];

#define SAMPLE_N_TEMPLATES	112
extern const char *const sample_templates[SAMPLE_N_TEMPLATES];

#define SAMPLE_N_AMOUNT_PHRASES	36
extern const char *const sample_amount_phrases[SAMPLE_N_AMOUNT_PHRASES];

#define SAMPLE_N_CLOSERS	72
extern const char *const sample_closers[SAMPLE_N_CLOSERS];

#define SAMPLE_N_TAILS	96
extern const char *const sample_tails[SAMPLE_N_TAILS];

#endif							/* SAMPLE_PHRASES_H */
