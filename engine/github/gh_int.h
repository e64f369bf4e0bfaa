/*
 * gh_int.h - helpers private to engine/github/: decision and severity
 * words computed from the public enums (kept here so this part needs only
 * audit.h's types, not the audit part's code).
 */
#ifndef WG_GH_INT_H
#define WG_GH_INT_H

#include "wasmgate/audit.h"

static inline const char *gh_decision(wg_decision d)
{
	return d == WG_DECISION_REJECT ? "reject" : d == WG_DECISION_FLAG ? "flag" : "approve";
}

static inline const char *gh_severity(wg_severity s)
{
	return s == WG_SEV_ERROR ? "error" : s == WG_SEV_WARNING ? "warning" : "note";
}

static inline wg_decision gh_worst(wg_report *const *reports, size_t n)
{
	wg_decision d = WG_DECISION_APPROVE;

	for (size_t i = 0; i < n; i++)
		if (reports[i]->decision > d)
			d = reports[i]->decision;
	return d;
}

#endif
