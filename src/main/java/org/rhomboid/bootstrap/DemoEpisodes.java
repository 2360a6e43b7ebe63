package org.rhomboid.bootstrap;

import java.util.Map;
import org.rhomboid.account.ClinicFounding;
import org.rhomboid.account.Role;
import org.rhomboid.account.StaffUser;
import org.rhomboid.episode.Episode;
import org.springframework.stereotype.Component;

/**
 * Two demo episodes with their whole documentation, so a newcomer finds something to read, chart and export: one
 * discharged ({@link DischargedEpisode}, John Smith) and one in care ({@link InCareEpisode}, Jordan Pike). Seeded
 * in the founding's transaction, through the services the pages call, as the demo staff.
 */
@Component
class DemoEpisodes {

    /** Who takes an episode through: its physical therapist, the front desk (intake link), the biller (claims). */
    record Team(StaffUser therapist, StaffUser frontDesk, StaffUser biller) {}

    private final DemoCare care;
    private final DemoFrontDesk frontDesk;

    DemoEpisodes(DemoCare care, DemoFrontDesk frontDesk) {
        this.care = care;
        this.frontDesk = frontDesk;
    }

    /** @param episodes the demo patients' episodes by "given family" name */
    void seed(ClinicFounding.Founded founded, Map<String, Episode> episodes) {
        Episode discharged = episodes.get(DischargedEpisode.GIVEN + " " + DischargedEpisode.FAMILY);
        new DischargedEpisode(care, team(founded, discharged), discharged.id(), care.today())
                .seed(discharged.onsetDate());
        Episode inCare = episodes.get(InCareEpisode.GIVEN + " " + InCareEpisode.FAMILY);
        new InCareEpisode(care, team(founded, inCare), inCare.id(), care.today()).seed(inCare.onsetDate());
        frontDesk.insure(team(founded, discharged).frontDesk(), discharged, "HBX90021344", care.today());
        frontDesk.insure(team(founded, inCare).frontDesk(), inCare, "HBX448812", care.today());
        frontDesk.bookNextVisits(team(founded, inCare).frontDesk(), inCare, care.today());
    }

    private static Team team(ClinicFounding.Founded founded, Episode episode) {
        StaffUser therapist = founded.staff().stream().filter(s -> s.id().equals(episode.treatingTherapistId()))
                .findFirst().orElseThrow();
        return new Team(therapist, only(founded, Role.FRONT_DESK), only(founded, Role.BILLER));
    }

    private static StaffUser only(ClinicFounding.Founded founded, Role role) {
        return founded.staff().stream().filter(s -> s.has(role)).findFirst().orElseThrow();
    }
}
