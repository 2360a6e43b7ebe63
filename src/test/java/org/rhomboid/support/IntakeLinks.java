package org.rhomboid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Issues an intake link as the front desk would, and answers it as the patient would. */
public final class IntakeLinks {

    private static final Pattern LINK = Pattern.compile("class=\"copy-field\"[^>]*>(http[^<\"]+/intake/[^<\"]+)<");

    private IntakeLinks() {
    }

    /** The path of a fresh intake link for the episode page given. */
    public static String issue(WebSession staff, String episodePage) {
        WebSession.Page page = staff.post(episodePage + "/intake-link", Map.of(), episodePage);
        assertThat(page.status()).isEqualTo(200);
        Matcher matcher = LINK.matcher(page.body());
        assertThat(matcher.find()).as("the page shows the link").isTrue();
        return URI.create(matcher.group(1)).getPath();
    }

    public static WebSession.Page submit(WebSession patient, String link, Map<String, List<String>> fields) {
        Map<String, List<String>> form = new HashMap<>(fields);
        form.put("action", List.of("submit"));
        return patient.postMulti(link, form, link);
    }

    /** Issues a link and submits the given answers; the patient has said their piece. */
    public static void complete(int port, WebSession staff, String episodePage, Map<String, List<String>> fields) {
        String link = issue(staff, episodePage);
        assertThat(submit(WebSession.anonymous(port), link, fields).body()).contains("Thank you");
    }
}
