package org.localis.assessment;

import java.util.List;

import org.localis.assessment.Assessment.Reason;
import org.localis.assessment.Assessment.ReasonCode;

/**
 * A BOM line's basis ({@link Assessment.LineResult#basis}) read back from its English sentence into the code and
 * figures the engine gives as {@link Assessment.LineResult#basisWhy}. The documents the engine writes (CLI, REST,
 * a stored run) carry only the sentence; with this a reader can still say it in another language, including for
 * documents written before the codes existed, since the sentences have not changed.
 */
public final class LineBasis {

    private static final List<SentenceForm> FORMS = List.of(
            form("origin unknown: counted as non-originating", ReasonCode.BASIS_UNKNOWN_ORIGIN),
            form("origin (.+) is in the territory", ReasonCode.BASIS_IN_TERRITORY),
            form("origin (.+) is outside the territory", ReasonCode.BASIS_FOREIGN),
            form("certificate (.+) says originating: wholly originating", ReasonCode.BASIS_CERT_ORIGINATING),
            form("certificate (.+) says not originating", ReasonCode.BASIS_CERT_NON_ORIGINATING),
            form("certificate (.+): domestic share ([0-9.]+)%, the rest non-originating \\(tracing\\)", ReasonCode.BASIS_CERT_TRACED),
            form("sub-assembly made in the country qualifies on its own \\(own regional value content ([0-9.]+)% >= ([0-9.]+)%\\): "
                    + "wholly originating \\(roll-up\\)", ReasonCode.BASIS_ROLLED_UP_RVC),
            form("sub-assembly made in the country qualifies on its own \\(own non-originating content ([0-9.]+)% <= ([0-9.]+)%\\): "
                    + "wholly originating \\(roll-up\\)", ReasonCode.BASIS_ROLLED_UP_NOM),
            form("sub-assembly made in the country: non-originating content of its lines counts, "
                    + "its own conversion cost is originating", ReasonCode.BASIS_TRACED),
            form("sub-assembly made abroad \\((.+)\\): wholly non-originating", ReasonCode.BASIS_MADE_ABROAD));

    private LineBasis() {
    }

    private static SentenceForm form(String regex, ReasonCode code) {
        return SentenceForm.of(regex, code);
    }

    /** The basis sentence as a code with its figures, or null when it is not one the engine writes. */
    public static Reason read(String basis) {
        if (basis == null) {
            return null;
        }
        return SentenceForm.read(FORMS, basis);
    }
}
