/*
 * test_policy_grants.c - the rules file's `grants:` list beyond the
 * data-driven files in tests/rules: what counts as placeholder text in a
 * reason or approver, and a grant's fields as loaded from a string.
 */
#include "testutil.h"
#include "policy/policy_int.h"
#include "wasmgate/policy.h"

#include <string.h>

START_TEST(placeholders)
{
	const char *fake[] = { "<reviewer>", "<why this is acceptable>", "see <link> here", "TODO",
			       "todo: ask", "TBD", "...", "\xe2\x80\xa6", "  ", "reason", "@reviewer",
			       "FIXME", "n/a", NULL };
	const char *real[] = { "@alice", "reads documents from the preopened folder",
			       "todos are kept in a file it reads", "a < b and b > c hold", "Bob <bob@example.org>",
			       "writes <host_log> only", "vector<int> buffers", NULL };

	for (const char **s = fake; *s; s++)
		ck_assert_msg(wg_text_placeholder(*s), "'%s' taken as real text", *s);
	for (const char **s = real; *s; s++)
		ck_assert_msg(!wg_text_placeholder(*s), "'%s' taken as a placeholder", *s);
}
END_TEST

START_TEST(grant_loaded)
{
	const char y[] = "version: 1\n"
			 "grants:\n"
			 "  - {plugin: fs-reader, path: \"plugins/fs-reader/fs-reader.wasm\",\n"
			 "     capabilities: [filesystem], imports: [\"env.fs_*\"],\n"
			 "     memory: {max_pages: 64, max_initial_pages: 2},\n"
			 "     reason: \"reads the folder the host preopens\", approved_by: \"@alice\"}\n";
	wg_policy *p = NULL;

	ck_assert_int_eq(wg_policy_load_string(y, strlen(y), "g.yml", &p), 0);
	ck_assert_uint_eq(p->num_grants, 1);
	ck_assert_uint_eq(p->grants[0].capabilities, WG_CAP_FILESYSTEM);
	ck_assert_str_eq(p->grants[0].imports.items[0], "env.fs_*");
	ck_assert(p->grants[0].has_max_pages && p->grants[0].max_pages == 64);
	ck_assert(p->grants[0].has_max_initial_pages && p->grants[0].max_initial_pages == 2);
	ck_assert_uint_eq(p->grants[0].line, 3);
	wg_policy_free(p);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("policy_grants");
	TCase *tc = tcase_create("grants");

	tcase_add_test(tc, placeholders);
	tcase_add_test(tc, grant_loaded);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
