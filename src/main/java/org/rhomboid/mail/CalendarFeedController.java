package org.rhomboid.mail;

import java.util.Optional;
import org.rhomboid.account.access.DocumentsTreatment;
import org.rhomboid.web.OpenWithoutSignIn;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The therapist's calendar feed: created, renewed and revoked on their account page (/account/calendar), and the
 * feed itself (/calendar/{token}.ics), which calendar apps fetch without signing in — the token is the key.
 */
@Controller
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @DocumentsTreatment
    @GetMapping("/account/calendar")
    String page(Model model) {
        model.addAttribute("feed", feeds.status().orElse(null));
        return "mail/calendar";
    }

    /** Shown at once rather than after a redirect, so the address is never kept in the session. */
    @DocumentsTreatment
    @PostMapping("/account/calendar")
    String issue(Model model) {
        model.addAttribute("url", feeds.issue());
        model.addAttribute("feed", feeds.status().orElse(null));
        return "mail/calendar";
    }

    @DocumentsTreatment
    @PostMapping("/account/calendar/revoke")
    String revoke(RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", feeds.revoke()
                ? "Calendar feed revoked: calendars subscribed to it stop updating."
                : "There was no calendar feed to revoke.");
        return "redirect:/account/calendar";
    }

    @OpenWithoutSignIn
    @GetMapping("/calendar/{token}.ics")
    @ResponseBody
    ResponseEntity<String> feed(@PathVariable String token) {
        Optional<String> calendar = feeds.feed(token);
        if (calendar.isEmpty()) {
            // Unknown, revoked and renewed feeds all look the same from outside.
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .cacheControl(CacheControl.noStore()).body("Not found");
        }
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Robots-Tag", "noindex").body(calendar.get());
    }
}
