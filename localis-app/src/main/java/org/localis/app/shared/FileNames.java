package org.localis.app.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * File names that came from users, made safe to show and to send back: control characters and the Unicode
 * bidirectional controls (an RTL override makes {@code invoice‮fdp.exe} read as {@code invoiceexe.pdf})
 * removed, and downloads labelled per RFC 6266 with an ASCII fallback and the exact UTF-8 name in
 * {@code filename*} (Tomcat drops a header carrying raw non-ASCII bytes).
 */
public final class FileNames {

    private FileNames() {
    }

    /** The name without control characters, bidirectional controls or path separators; "file" if nothing is left. */
    public static String safe(String name) {
        if (name == null) {
            return "file";
        }
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (!Character.isISOControl(c) && !isBidiControl(c) && c != '/' && c != '\\' && Character.getType(c) != Character.FORMAT) {
                out.appendCodePoint(c);
            }
        });
        String s = out.toString().strip();
        return s.isEmpty() ? "file" : s.length() > 200 ? s.substring(0, 200) : s;
    }

    static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /** A Content-Disposition value: {@code attachment} or {@code inline}, with an ASCII fallback and {@code filename*}. */
    public static String disposition(String type, String name) {
        String safe = safe(name);
        StringBuilder ascii = new StringBuilder();
        for (char ch : safe.toCharArray()) {
            ascii.append(ch >= 0x20 && ch < 0x7F && ch != '"' && ch != '%' ? ch : '_');
        }
        String encoded = URLEncoder.encode(safe, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
