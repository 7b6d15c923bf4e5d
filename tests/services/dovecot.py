"""A throwaway Dovecot IMAP server: plain IMAP (with STARTTLS) and IMAPS on 127.0.0.1."""

from __future__ import annotations

import imaplib
import re
import secrets
import shutil
import ssl
import subprocess
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tests.services._common import Service, ServiceError, find_binary, free_ports, group_name

_USER_NAME = re.compile(r"[A-Za-z0-9._@+-]+\Z")


class DovecotServer(Service):
    """Dovecot for tests.

    Users log in with passwords from a passwd-file (`users`: name -> password). `port` speaks
    plain IMAP and offers STARTTLS; `tls_port` is implicit TLS (IMAPS). Both use a self-signed
    certificate for `127.0.0.1`/`localhost`, whose PEM file is `ca_file`. Mail is Maildir in the
    temp dir. `append()` seeds a mailbox.
    """

    name = "dovecot"

    def __init__(
        self, users: Mapping[str, str] | None = None, startup_timeout: float = 30.0
    ) -> None:
        super().__init__(startup_timeout)
        self.host = "127.0.0.1"
        self.port = 0
        self.tls_port = 0
        self.users: dict[str, str] = {}
        for name, password in (users or {"alice": secrets.token_hex(8)}).items():
            _check_user(name, password)
            self.users[name] = password
        self.version = ""

    @property
    def ca_file(self) -> Path:
        return self.dir / "cert.pem"

    def ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts this server's self-signed certificate."""
        return ssl.create_default_context(cafile=str(self.ca_file))

    def add_user(self, name: str, password: str | None = None) -> str:
        """Add a user (Dovecot re-reads the passwd-file); return the password once the user
        can log in."""
        password = password or secrets.token_hex(8)
        _check_user(name, password)
        self.users[name] = password
        self._write_passwd()
        # NOTE: Dovecot notices the rewritten passwd-file a moment later; wait for the login.
        deadline = time.monotonic() + 10
        while True:
            try:
                self.connect(name).logout()
                return password
            except imaplib.IMAP4.error:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def connect(self, user: str) -> imaplib.IMAP4:
        """A logged-in plain-IMAP client for `user` (callers log out)."""
        client = imaplib.IMAP4(self.host, self.port, timeout=10)
        client.login(user, self.users[user])
        return client

    def append(
        self,
        user: str,
        message: bytes | str,
        folder: str = "INBOX",
        flags: str = "",
        date: float | None = None,
    ) -> None:
        """Append a raw RFC 822 message to `user`'s `folder`, creating the folder if needed."""
        raw = message.encode() if isinstance(message, str) else message
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        client = self.connect(user)
        try:
            mailbox = _quote(folder)
            if folder.upper() != "INBOX":
                status, _ = client.select(mailbox, readonly=True)
                if status != "OK":
                    _check(client.create(mailbox), f"CREATE {folder}")
            when = imaplib.Time2Internaldate(time.time() if date is None else date)
            _check(
                client.append(mailbox, f"({flags})" if flags else None, when, raw),
                f"APPEND to {folder}",
            )
        finally:
            client.logout()

    # -- start-up ------------------------------------------------------------------------------

    def _start(self) -> None:
        dovecot = find_binary("dovecot", ("/usr/sbin",))
        self.version = _version(dovecot)
        self._make_certificate()
        self._write_passwd()
        for sub in ("run", "state", "mail"):
            self.path(sub, directory=True)
        self.port, self.tls_port = free_ports(2)
        major_minor = tuple(int(part) for part in self.version.split(".")[:2])
        if major_minor < (2, 3):
            raise ServiceError(f"Dovecot {self.version} is too old; 2.3 or later is needed")
        config = self._config_2_3() if major_minor == (2, 3) else self._config_2_4()
        conf = self.write("dovecot.conf", config)
        self.run([dovecot, "-c", str(conf), "-n"])  # validates the configuration
        self.spawn([dovecot, "-c", str(conf), "-F"])
        first_user = next(iter(self.users))
        self.wait_until(lambda: self._can_log_in(first_user), "accepting IMAP logins")

    def _can_log_in(self, user: str) -> bool:
        self.connect(user).logout()
        with imaplib.IMAP4_SSL(
            self.host, self.tls_port, ssl_context=self.ssl_context(), timeout=5
        ) as client:
            client.noop()
        return True

    def _make_certificate(self) -> None:
        openssl = shutil.which("openssl")
        if not openssl:
            raise ServiceError("openssl not found; run scripts/install-test-deps.sh")
        subprocess.run(
            [
                openssl,
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:P-256",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=IP:127.0.0.1,DNS:localhost",
                "-keyout",
                str(self.dir / "key.pem"),
                "-out",
                str(self.ca_file),
            ],
            check=True,
            capture_output=True,
        )
        for name in ("key.pem", "cert.pem"):
            path = self.dir / name
            path.chmod(0o600)
            shutil.chown(path, self.os_user.pw_uid, self.os_user.pw_gid)

    def _write_passwd(self) -> None:
        lines = [f"{name}:{{PLAIN}}{password}::::::\n" for name, password in self.users.items()]
        self.write("users.passwd", "".join(lines))

    def _config_2_3(self) -> str:
        user, group, d = self.os_user.pw_name, group_name(self.os_user), self.dir
        return f"""\
# Generated for one test run; see tests/services/dovecot.py
instance_name = pdmap-test-{self.port}
base_dir = {d}/run
state_dir = {d}/state
log_path = {self.log_path}
protocols = imap
listen = {self.host}
shutdown_clients = yes
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
first_valid_uid = {self.os_user.pw_uid}
last_valid_uid = {self.os_user.pw_uid}
first_valid_gid = {self.os_user.pw_gid}

disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/users.passwd
}}
userdb {{
  driver = static
  args = uid={self.os_user.pw_uid} gid={self.os_user.pw_gid} home={d}/mail/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
}}

ssl = yes
ssl_cert = <{self.ca_file}
ssl_key = <{d}/key.pem
ssl_min_protocol = TLSv1.2

service imap-login {{
  chroot =
  user = {user}
  inet_listener imap {{
    address = {self.host}
    port = {self.port}
  }}
  inet_listener imaps {{
    address = {self.host}
    port = {self.tls_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service auth {{
  user = {user}
}}
service auth-worker {{
  user = {user}
}}
service stats {{
  inet_listener http {{
    port = 0
  }}
}}
"""

    def _config_2_4(self) -> str:
        # NOTE: written from the 2.3-to-2.4 upgrade guide; not yet run against a 2.4 server.
        user, group, d = self.os_user.pw_name, group_name(self.os_user), self.dir
        return f"""\
dovecot_config_version = 2.4.0
dovecot_storage_version = 2.4.0
# Generated for one test run; see tests/services/dovecot.py
instance_name = pdmap-test-{self.port}
base_dir = {d}/run
state_dir = {d}/state
log_path = {self.log_path}
protocols = imap
listen = {self.host}
shutdown_clients = yes
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
first_valid_uid = {self.os_user.pw_uid}
last_valid_uid = {self.os_user.pw_uid}
first_valid_gid = {self.os_user.pw_gid}

auth_allow_cleartext = yes
auth_mechanisms = plain login
auth_failure_delay = 0
passdb passwd-file {{
  passwd_file_path = {d}/users.passwd
  default_password_scheme = PLAIN
}}
userdb static {{
  fields {{
    uid = {self.os_user.pw_uid}
    gid = {self.os_user.pw_gid}
    home = {d}/mail/%{{user}}
  }}
}}
mail_driver = maildir
mail_path = ~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
}}

ssl = yes
ssl_server_cert_file = {self.ca_file}
ssl_server_key_file = {d}/key.pem
ssl_min_protocol = TLSv1.2

service imap-login {{
  chroot =
  user = {user}
  inet_listener imap {{
    port = {self.port}
  }}
  inet_listener imaps {{
    port = {self.tls_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service auth {{
  user = {user}
}}
service auth-worker {{
  user = {user}
}}
"""


def _version(dovecot: str) -> str:
    out = subprocess.run([dovecot, "--version"], capture_output=True, text=True, check=False)
    return out.stdout.strip().split(" ")[0]


def _check_user(name: str, password: str) -> None:
    if not _USER_NAME.match(name) or ":" in password or "\n" in password:
        raise ServiceError(f"unusable IMAP test user or password for {name!r}")


def _quote(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _check(response: tuple[str, list[Any]], what: str) -> None:
    status, data = response
    if status != "OK":
        raise ServiceError(f"IMAP {what} failed: {data!r}")
