#!/usr/bin/env python3
"""A minimal SMTP sink for the crash script: accepts every message and appends one line per message to a
log file: the time, the Message-ID header and the recipients, flushed at once (it must survive the app's
kill -9, so it runs as its own process). Usage: smtp_sink.py PORT LOGFILE [DELAY_MS]"""
import socketserver
import sys
import time
from email.parser import BytesHeaderParser

PORT = int(sys.argv[1])
LOG = sys.argv[2]
DELAY = (int(sys.argv[3]) if len(sys.argv) > 3 else 0) / 1000.0


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode("ascii"))
        self.wfile.flush()

    def handle(self):
        self.reply("220 localis-crash-sink ESMTP")
        rcpts = []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            cmd = raw.decode("utf-8", "replace").strip()
            verb = cmd.split(" ", 1)[0].upper()
            if verb == "EHLO":
                self.wfile.write(b"250-localis-crash-sink\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
                self.wfile.flush()
            elif verb == "HELO":
                self.reply("250 localis-crash-sink")
            elif verb == "MAIL":
                rcpts = []
                self.reply("250 OK")
            elif verb == "RCPT":
                rcpts.append(cmd.split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while True:
                    line = self.rfile.readline()
                    if not line:
                        return  # the client went away mid-message: like any SMTP server, nothing was accepted
                    if line in (b".\r\n", b".\n"):
                        break
                    lines.append(line[1:] if line.startswith(b"..") else line)
                headers = BytesHeaderParser().parsebytes(b"".join(lines))
                if DELAY:
                    time.sleep(DELAY)  # a slow server: the sender is more often caught mid-send
                with open(LOG, "a", encoding="utf-8") as f:
                    f.write("%d\t%s\t%s\n" % (time.time() * 1000, headers.get("Message-ID", "-"), ",".join(rcpts)))
                    f.flush()
                self.reply("250 OK queued")
            elif verb in ("RSET", "NOOP"):
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    with Server(("127.0.0.1", PORT), Session) as server:
        server.serve_forever()
