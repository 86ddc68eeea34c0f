"""A real SMTP server for the tests: aiosmtpd on HOST:PORT, writing each message it
accepts as one JSON line (envelope recipients, subject, Message-ID, plain and HTML
bodies, decoded) to FILE before it answers 250. Prints "ready" once listening."""
import asyncio
import email
import json
import sys
from email import policy

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, path):
        self.path = path

    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.content, policy=policy.default)
        text = msg.get_body(("plain",))
        html = msg.get_body(("html",))
        record = {
            "from": envelope.mail_from,
            "to": envelope.rcpt_tos,
            "subject": str(msg["subject"]),
            "message_id": str(msg["message-id"]),
            "text": text.get_content() if text else None,
            "html": html.get_content() if html else None,
        }
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps(record) + "\n")
        return "250 OK"


async def main(host, port, path):
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(Sink(path)), host, port)
    print("ready", flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
