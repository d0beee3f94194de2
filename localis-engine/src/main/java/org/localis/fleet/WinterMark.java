package org.localis.fleet;

/** A winter marking on the sidewall. */
public enum WinterMark {
    /** {@code M+S} (also written M&amp;S, MS, M/S): mud and snow, a tread pattern for winter, no test behind it. */
    MUD_AND_SNOW("M+S"),
    /** {@code 3PMSF}: the three-peak mountain snowflake, passed the standard snow traction test. */
    THREE_PEAK("3PMSF");

    private final String code;

    WinterMark(String code) {
        this.code = code;
    }

    /** As marked: {@code M+S} or {@code 3PMSF}. */
    public String code() {
        return code;
    }
}
