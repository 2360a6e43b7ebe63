package org.rhomboid.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhomboid.claims.domain.Acknowledgment;
import org.rhomboid.claims.domain.X12FileException;

/** 999 acknowledgments (005010X231A1) read with StAEDI: accepted, rejected with IK3/IK4 errors, partial, refused. */
class AcknowledgmentReadingTest {

    /** A 999 from the clearinghouse for group {@code group}, transaction 0001, with the given body (AK2 … IK5). */
    static String file(String interchange, String group, String transactions, String groupStatus) {
        List<String> st = new java.util.ArrayList<>();
        st.add("ST*999*0001*005010X231A1");
        st.add("AK1*HC*" + group + "*005010X222A1");
        st.addAll(List.of(transactions.split("~")).stream().filter(s -> !s.isBlank()).toList());
        st.add("AK9*" + groupStatus + "*1*1*" + (groupStatus.equals("R") ? "0" : "1"));
        st.add("SE*" + (st.size() + 1) + "*0001");
        String control = String.format("%09d", Integer.parseInt(interchange));
        List<String> all = new java.util.ArrayList<>();
        all.add("ISA*00*          *00*          *ZZ*CLEARCO        *ZZ*HARBORPT       *261207*1200*^*00501*"
                + control + "*0*T*:");
        all.add("GS*FA*CLEARCO*HARBORPT*20261207*1200*" + interchange + "*X*005010X231A1");
        all.addAll(st);
        all.add("GE*1*" + interchange);
        all.add("IEA*1*" + control);
        return String.join("~\n", all) + "~\n";
    }

    static String accepted(String interchange, int batchControl) {
        return file(interchange, String.valueOf(batchControl), "AK2*837*0001*005010X222A1~IK5*A", "A");
    }

    static String rejected(String interchange, int batchControl) {
        return file(interchange, String.valueOf(batchControl), "AK2*837*0001*005010X222A1~IK3*NM1*12*2010BA*8"
                + "~IK4*9*67*6*1EG4!TE5~IK5*R*5", "R");
    }

    @Test
    void anAcceptedGroupAndTransaction() {
        Acknowledgment ack = Acknowledgment.read(X12Files.read(accepted("555", 12)));

        assertThat(ack.senderId()).isEqualTo("CLEARCO");
        assertThat(ack.controlNumber()).isEqualTo("000000555");
        assertThat(ack.groups()).singleElement().satisfies(g -> {
            assertThat(g.functionalCode()).isEqualTo("HC");
            assertThat(g.controlNumber()).isEqualTo("12");
            assertThat(g.accepted()).isTrue();
            assertThat(g.transactions()).singleElement().satisfies(t -> {
                assertThat(t.setCode()).isEqualTo("837");
                assertThat(t.controlNumber()).isEqualTo("0001");
                assertThat(t.accepted()).isTrue();
                assertThat(t.errors()).isEmpty();
            });
        });
    }

    @Test
    void aRejectedTransactionWithItsSegmentAndElementErrorsInWords() {
        Acknowledgment ack = Acknowledgment.read(X12Files.read(rejected("556", 13)));

        Acknowledgment.Transaction t = ack.groups().get(0).transactions().get(0);
        assertThat(t.accepted()).isFalse();
        assertThat(t.errors()).containsExactly(
                "NM1 (segment 12 of the transaction, loop 2010BA): segment has data element errors",
                "NM1 (segment 12 of the transaction, loop 2010BA) element 9 (data element 67): invalid character"
                        + " in data element, found '1EG4!TE5'");
        assertThat(ack.groups().get(0).accepted()).isFalse();
    }

    @Test
    void acceptedWithErrorsIsAcceptedAndPartialLeavesTheGroupUndecided() {
        Acknowledgment noted = Acknowledgment.read(X12Files.read(file("557", "14",
                "AK2*837*0001*005010X222A1~IK3*REF*20**I9~IK5*E*I5", "E")));
        assertThat(noted.groups().get(0).transactions().get(0).accepted()).isTrue();
        assertThat(noted.groups().get(0).transactions().get(0).errors()).singleElement().asString()
                .contains("implementation dependent \"not used\" segment present");

        Acknowledgment partial = Acknowledgment.read(X12Files.read(file("558", "15", "", "P")));
        assertThat(partial.groups().get(0).accepted()).isNull();
        assertThat(partial.groups().get(0).transactions()).isEmpty();
    }

    @Test
    void aFileThatIsNotA999OrOutOfOrderIsRefusedNamingTheSegmentAndPosition() {
        assertThatThrownBy(() -> Acknowledgment.read(X12Files.read(accepted("559", 1)
                .replace("GS*FA*", "GS*HP*")))).isInstanceOf(X12FileException.class)
                .hasMessageStartingWith("Segment GS at position 2: not a 999");
        assertThatThrownBy(() -> Acknowledgment.read(X12Files.read(file("560", "1", "IK5*A", "A"))))
                .isInstanceOf(X12FileException.class).hasMessageStartingWith("Segment IK5 at position 5");
        assertThatThrownBy(() -> Acknowledgment.read(X12Files.read(file("561", "X1", "", "A"))))
                .isInstanceOf(X12FileException.class).hasMessageContaining("AK102");
        assertThatThrownBy(() -> X12Files.read("hello")).isInstanceOf(X12FileException.class)
                .hasMessageStartingWith("Segment ISA at position 1");
        assertThatThrownBy(() -> X12Files.read(accepted("562", 1).replace("SE*6*0001", "SE*9*0001")))
                .isInstanceOf(X12FileException.class).hasMessageContaining("position");
    }
}
