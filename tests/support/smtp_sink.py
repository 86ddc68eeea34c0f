"""A real SMTP server for the tests: aiosmtpd on HOST:PORT, writing each message it
accepts as one JSON line (envelope recipients, subject, Message-ID, plain and HTML
bodies, decoded) to FILE before it answers 250. Prints "ready" once listening.
An optional REFUSE argument, comma-separated addresses, makes it refuse those
recipients for good (550, "no such mailbox"), as a real server does an unknown one."""
import asyncio
import email
import json
import sys
from email import policy

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, path, refuse):
        self.path = path
        self.refuse = refuse

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refuse:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

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


async def main(host, port, path, refuse):
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(Sink(path, refuse)), host, port)
    print("ready", flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    refuse = {a.strip().lower() for a in sys.argv[4].split(",")} if len(sys.argv) > 4 else set()
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3], refuse))
