package org.rhomboid.hep;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.link.LinkSettings;
import org.rhomboid.link.domain.LinkLife;
import org.rhomboid.plan.PlanService;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.SecretTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic opens, renews and revokes a patient's portal link. The token is random (256 bits), shown once and
 * stored only as its SHA-256; renewing revokes the old link, so a lost phone's link stops working. A link also ends
 * with the episode (paused while it is on hold) and the clinic's grace period after the plan of care's last day.
 */
@Service
@Transactional(noRollbackFor = ConflictException.class)
public class PortalAccess {

    public static final String RESOURCE = "PortalAccess";

    private final EpisodeService episodes;
    private final PortalRepository portal;
    private final AuditLog audit;
    private final PlanService plans;
    private final LinkSettings links;

    PortalAccess(EpisodeService episodes, PortalRepository portal, AuditLog audit, PlanService plans,
                 LinkSettings links) {
        this.episodes = episodes;
        this.portal = portal;
        this.audit = audit;
        this.plans = plans;
        this.links = links;
    }

    /** A new link for the episode; any earlier one stops working. Returns the token, shown once. */
    public String issue(UUID episodeId) {
        Episode episode = episodes.get(episodeId);
        if (episode.dischargedOn() != null) {
            throw new ConflictException("This episode is discharged: open the portal from a current episode.");
        }
        if (!LinkLife.inCare(episode.status())) {
            throw new ConflictException(LinkLife.ON_HOLD);
        }
        String token = SecretTokens.generate("");
        portal.issue(ClinicScope.require(), episodeId, episode.patientId(), StaffPrincipal.currentUserId(),
                SecretTokens.hash(token));
        audit.record(AuditAction.CREATE, RESOURCE, null, episode.patientId(), AuditOutcome.SUCCESS);
        return token;
    }

    /** @return whether there was a live link to revoke */
    public boolean revoke(UUID episodeId) {
        Episode episode = episodes.get(episodeId);
        boolean revoked = portal.revoke(ClinicScope.require(), episodeId, StaffPrincipal.currentUserId());
        audit.record(AuditAction.UPDATE, RESOURCE, null, episode.patientId(), AuditOutcome.SUCCESS);
        return revoked;
    }

    /** The episode's links, newest first; the caller has read the episode. */
    public List<PortalRepository.Access> history(Episode episode) {
        List<PortalRepository.Access> found = portal.accesses(ClinicScope.require(), episode.id());
        audit.record(AuditAction.READ, RESOURCE, null, episode.patientId(), AuditOutcome.SUCCESS);
        return found;
    }

    /**
     * The last day a portal link given on that day works: the clinic's grace period after the plan of care's last
     * day (as recertified), or after the day it was given when that is later; the caller has read the episode.
     */
    public LocalDate lastDay(Episode episode, LocalDate givenOn, LocalDate today) {
        LocalDate planEnd = plans.plan(episode)
                .map(plan -> plans.certification(episode, plan, null, today).planEnd()).orElse(null);
        return links.policy().portalLastDay(planEnd, givenOn);
    }

    /**
     * Patient: whether a live link still opens today — its episode in care and its last day not passed. A refusal is
     * audited as denied.
     */
    public boolean opens(PortalRepository.Access access, LocalDate today) {
        Episode episode = episodes.get(access.episodeId());
        if (LinkLife.inCare(episode.status())
                && LinkLife.onOrBefore(lastDay(episode, access.issuedAt().toLocalDate(), today), today)) {
            return true;
        }
        audit.record(AuditAction.READ, RESOURCE, access.id(), access.patientId(), AuditOutcome.DENIED);
        return false;
    }

    /** Whether the token is this episode's live link: a handout prints only that one. */
    public boolean isLive(UUID episodeId, String token) {
        episodes.get(episodeId);
        return token != null && token.length() <= 100
                && portal.liveToken(ClinicScope.require(), episodeId, SecretTokens.hash(token));
    }
}
