/*
 * waiver.h - the lifecycle of a rules file's waivers (policy.h's
 * wg_waiver): whether one is valid, about to expire or expired on a given
 * day, and the calendar dates they are written in.  `wasmgate rules check`
 * warns with it; the audit (audit.h) applies only valid waivers.
 */
#ifndef WASMGATE_WAIVER_H
#define WASMGATE_WAIVER_H

#include "policy.h"
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WG_WAIVER_WARN_DAYS 14   /* default warning window of rules check */

typedef enum {
	WG_WAIVER_VALID = 0,     /* valid for more than the warning window */
	WG_WAIVER_EXPIRING = 1,  /* still valid, expires within the window */
	WG_WAIVER_EXPIRED = 2    /* suppresses nothing any more */
} wg_waiver_state;

/**
 * State of `w` at `now` with a warning window of `warn_days` days (>= 0).
 * A waiver is valid through the end of its expiry day (UTC); it is
 * EXPIRING when it expires at most `warn_days` days after today, counted
 * in calendar days (expires today: 0 days left).  *days_left (may be NULL)
 * gets the days left (0 = its last day; negative: days since it expired).
 */
wg_waiver_state wg_waiver_state_at(const wg_waiver *w, time_t now, int warn_days,
				   long *days_left);

/**
 * Swap the waivers of `p` and `from`: `p` is then judged with the waivers
 * of `from` (another rules file that loaded) and every other rule of its
 * own; `from` holds p's former waivers and is freed as usual.  What a
 * renewal pull request's waivers are judged with (`audit --waivers`).
 */
void wg_policy_swap_waivers(wg_policy *p, wg_policy *from);

/**
 * Parse a calendar date "YYYY-MM-DD" (a real date from 1970 on) to the end
 * of that day, UTC.  @return 0, or -1 when it is not one.
 */
int wg_date_parse(const char *s, time_t *end_of_day);

#ifdef __cplusplus
}
#endif
#endif
