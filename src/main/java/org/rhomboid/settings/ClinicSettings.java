package org.rhomboid.settings;

import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicCalendar;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicProfile;
import org.rhomboid.clinic.ClinicRepository;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.link.LinkSettings;
import org.rhomboid.link.domain.LinkPolicy;
import org.rhomboid.shared.NotFoundException;
import org.rhomboid.shared.domain.SettingChanges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in clinic's own details: letterhead, billing provider, documentation policy, patient links. */
@Service
@Transactional
public class ClinicSettings {

    private final ClinicRepository clinics;
    private final AuditLog audit;
    private final LinkSettings links;
    private final ClinicDates dates;

    ClinicSettings(ClinicRepository clinics, LinkSettings links, AuditLog audit, ClinicDates dates) {
        this.clinics = clinics;
        this.links = links;
        this.audit = audit;
        this.dates = dates;
    }

    public ClinicProfile current() {
        return clinics.profile(ClinicScope.require()).orElseThrow(() -> new NotFoundException("Clinic not found"));
    }

    /** How long the clinic's patient links last. */
    public LinkPolicy links() {
        return links.policy();
    }

    /** The clinic's locale and time zone as stored (the zone null while it keeps the server's). */
    public ClinicCalendar calendar() {
        return clinics.calendar(ClinicScope.require()).orElseThrow(() -> new NotFoundException("Clinic not found"));
    }

    /**
     * The details, the link lifetimes and the calendar, saved together; what changed (the fields' names) goes to the
     * audit trail. A calendar left out (null parts) keeps what is stored.
     */
    public void update(ClinicProfile profile, LinkPolicy linkPolicy, ClinicCalendar calendar) {
        ClinicProfile before = current();
        LinkPolicy linksBefore = links();
        ClinicCalendar calendarBefore = calendar();
        ClinicCalendar calendarAfter = new ClinicCalendar(
                calendar.locale() == null ? calendarBefore.locale() : calendar.locale(),
                calendar.timeZone() == null ? calendarBefore.timeZone()
                        : calendar.timeZone().isEmpty() ? null : calendar.timeZone());
        clinics.updateProfile(ClinicScope.require(), profile);
        clinics.updateCalendar(ClinicScope.require(), calendarAfter);
        dates.forget(ClinicScope.require());
        links.save(linkPolicy);
        java.util.List<String> changed = new java.util.ArrayList<>(SettingChanges.between(before, profile));
        changed.addAll(SettingChanges.between(linksBefore, linkPolicy));
        changed.addAll(SettingChanges.between(calendarBefore, calendarAfter));
        if (!changed.isEmpty()) {
            audit.recordEvent(AuditAction.UPDATE, "ClinicSettings", ClinicScope.require(),
                    "changed: " + String.join(", ", changed), AuditOutcome.SUCCESS);
        }
    }
}
