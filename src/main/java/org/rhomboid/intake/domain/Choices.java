package org.rhomboid.intake.domain;

/** The closed lists the intake offers. */
public final class Choices {

    private Choices() {
    }

    public enum PainQuality {
        DULL("Dull"), ACHING("Aching"), SHARP("Sharp"), STABBING("Stabbing"), BURNING("Burning"),
        THROBBING("Throbbing");

        private final String label;

        PainQuality(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** When in the day the pain is worst (the 24-hour behaviour). */
    public enum DayPart {
        MORNING("Morning"), DAY("During the day"), EVENING("Evening"), NIGHT("Night");

        private final String label;

        DayPart(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Onset {
        SUDDEN_TRAUMA("Suddenly, after an accident or injury"), SUDDEN_MOVEMENT("Suddenly, with a movement"),
        GRADUAL("Gradually, for no clear reason"), REPETITIVE("From doing something over and over");

        private final String label;

        Onset(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Aggravator {
        PROLONGED_SITTING("Sitting for a long time"), PROLONGED_STANDING("Standing for a long time"),
        DEEP_BREATHING("Deep breathing"), COUGHING_SNEEZING("Coughing or sneezing"),
        REACHING_OVERHEAD("Reaching overhead"), TWISTING("Twisting"), SIDE_BENDING("Bending to the side"),
        BENDING_FORWARD("Bending forward"), LIFTING("Lifting"), LYING_FLAT("Lying flat"),
        DESK_WORK("Laptop or desk work");

        private final String label;

        Aggravator(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Comorbidity {
        OSTEOPOROSIS("Osteoporosis or thin bones"), INFLAMMATORY_ARTHRITIS("Inflammatory arthritis (e.g. rheumatoid, ankylosing spondylitis)"),
        CANCER("Cancer, now or in the past"), DIABETES("Diabetes"), HEART_DISEASE("Heart disease"),
        LUNG_DISEASE("Lung disease");

        private final String label;

        Comorbidity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Medication {
        LONG_TERM_CORTICOSTEROIDS("Steroid tablets or inhalers (e.g. prednisone) for more than 3 months"),
        ANTICOAGULANTS("Blood thinners (e.g. warfarin, apixaban, rivaroxaban)");

        private final String label;

        Medication(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
