package org.localis.app.mail;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reading what arrived at the test's SMTP server. */
final class MailTestSupport {

    private MailTestSupport() {
    }

    /** The messages the server received for one address. */
    static List<MimeMessage> to(GreenMailExtension mail, String address) throws Exception {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (m.getAllRecipients() != null && java.util.Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                out.add(m);
            }
        }
        return out;
    }

    /** Every leaf part of a message, depth first. */
    static List<Part> leaves(Part p) throws Exception {
        List<Part> out = new ArrayList<>();
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart b = mp.getBodyPart(i);
                out.addAll(leaves(b));
            }
        } else {
            out.add(p);
        }
        return out;
    }

    static String part(MimeMessage m, String mimeType) throws Exception {
        for (Part p : leaves(m)) {
            if (p.isMimeType(mimeType)) {
                return (String) p.getContent();
            }
        }
        throw new AssertionError("no " + mimeType + " part");
    }

    static byte[] bytes(Part p) throws Exception {
        try (InputStream in = p.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    /** A link of the plain-text part that starts with the given prefix. */
    static String link(String text, String prefix) {
        int i = text.indexOf(prefix);
        if (i < 0) {
            throw new AssertionError("no link " + prefix + " in:\n" + text);
        }
        int end = i;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(i, end);
    }
}
