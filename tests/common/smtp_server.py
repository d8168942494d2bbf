#!/usr/bin/python3
"""A real SMTP server on loopback for the e-mail channel's tests (tests/connectors/tst_notify_smtp.cpp).

Built on aiosmtpd (Debian 12: python3-aiosmtpd). Listens on 127.0.0.1, prints its port on stdout once it accepts
connections, writes every message it accepts as one JSON file in --out (envelope sender and recipients, the raw
data in base64, and the headers and text parts as Python's email package reads them), refuses recipients at
refused.invalid (550) and later.invalid (451), and exits when its standard input closes or on SIGTERM.

  --port N              0 (default) for a free port
  --tls-cert/--tls-key  offer STARTTLS with this certificate (or, with --implicit-tls, speak TLS from the start)
  --require-starttls    refuse everything but EHLO/STARTTLS/QUIT before TLS
  --auth USER:PASS      offer AUTH PLAIN/LOGIN (only over TLS) and require it before MAIL
  --implicit-tls        SMTPS: TLS from the first byte
  --out DIR             where to write the messages
"""

import argparse
import base64
import email
import email.policy
import json
import logging
import os
import signal
import ssl
import sys
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class PortZeroController(Controller):
    """aiosmtpd 1.4's Controller connects to its own port to check it is up; with port 0 that is the bound one."""

    def _trigger_server(self):
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


class Store:
    def __init__(self, out):
        self.out = out
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        # Scripted refusals by domain: a permanent one (no such user) and a temporary one (greylisting).
        if address.endswith("@refused.invalid"):
            return "550 5.1.1 No such user here"
        if address.endswith("@later.invalid"):
            return "451 4.7.1 Greylisted, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        data = envelope.original_content or envelope.content
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogateescape")
        message = email.message_from_bytes(data, policy=email.policy.default)
        parts = []
        for part in message.walk():
            if part.is_multipart():
                continue
            try:
                text = part.get_content()
            except Exception as error:  # a broken part is a finding of the test, not a crash of the server
                text = "<unreadable: %s>" % error
            parts.append({"content_type": part.get_content_type(), "charset": part.get_content_charset(),
                          "transfer_encoding": part.get("Content-Transfer-Encoding", ""), "text": text})
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "headers": [[name, str(value)] for name, value in message.items()],
            "parts": parts,
            "data_base64": base64.b64encode(data).decode("ascii"),
        }
        name = os.path.join(self.out, "%03d.json" % self.count)
        with open(name + ".tmp", "w", encoding="utf-8") as f:
            json.dump(record, f)
        os.replace(name + ".tmp", name)
        return "250 OK"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--require-starttls", action="store_true")
    parser.add_argument("--auth")
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    # Implicit TLS is TLS from the first byte, which aiosmtpd's "AUTH without TLS" warning does not know.
    warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")
    logging.getLogger("mail.log").setLevel(logging.ERROR)

    context = None
    if args.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls_cert, args.tls_key)

    kwargs = {"server_hostname": "localhost", "auth_require_tls": not args.implicit_tls}
    if context is not None and not args.implicit_tls:
        kwargs["tls_context"] = context
        kwargs["require_starttls"] = args.require_starttls
    if args.auth:
        user, _, password = args.auth.partition(":")

        def authenticator(server, session, envelope, mechanism, auth_data):
            if isinstance(auth_data, LoginPassword) and auth_data.login == user.encode() \
                    and auth_data.password == password.encode():
                return AuthResult(success=True)
            return AuthResult(success=False, handled=False)

        kwargs["authenticator"] = authenticator
        kwargs["auth_required"] = True

    controller = PortZeroController(Store(args.out), hostname="127.0.0.1", port=args.port,
                                    ssl_context=context if args.implicit_tls else None, **kwargs)
    controller.start()

    def stop(signum, frame):
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    print(controller.port, flush=True)
    try:
        sys.stdin.read()  # until the test closes our standard input (or goes away)
    except (SystemExit, KeyboardInterrupt):
        pass
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
