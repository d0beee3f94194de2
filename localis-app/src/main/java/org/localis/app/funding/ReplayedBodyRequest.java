package org.localis.app.funding;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request whose body was (partly) read already: it is given again, followed by whatever was not read yet. */
final class ReplayedBodyRequest extends HttpServletRequestWrapper {

    private final InputStream body;
    private boolean used;

    ReplayedBodyRequest(HttpServletRequest request, byte[] read, int length, InputStream rest) {
        super(request);
        InputStream start = new ByteArrayInputStream(read, 0, length);
        this.body = rest == null ? start : new SequenceInputStream(start, rest);
    }

    @Override
    public ServletInputStream getInputStream() {
        used = true;
        return new ServletInputStream() {
            @Override
            public int read() throws IOException {
                return body.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return body.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                try {
                    return body.available() == 0;
                } catch (IOException e) {
                    return true;
                }
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("the replayed body is read blocking");
            }
        };
    }

    @Override
    public BufferedReader getReader() throws UnsupportedEncodingException {
        if (used) {
            throw new IllegalStateException("getInputStream() was called already");
        }
        String enc = getCharacterEncoding();
        Charset charset = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
        used = true;
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
}
